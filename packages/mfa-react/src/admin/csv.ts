/** A column of an exported list: the same definition renders the table and the CSV. */
export interface Column<Row> {
  key: string;
  header: string;
  /** The cell as text: what the table shows and what the CSV holds. */
  text: (row: Row) => string;
}

/**
 * Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) get a leading
 * `'`: an email address or a note typed by a user must never execute on an admin's
 * machine (CSV injection).
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180 CSV: a header row, then one row per item, CRLF line ends. */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => cell(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => cell(column.text(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Saves `text` as a file through the browser's download. */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
