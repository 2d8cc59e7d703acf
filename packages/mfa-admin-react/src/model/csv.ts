/** A column of an exported list: the same definition renders the table and the CSV. */
export interface Column<Row> {
  key: string;
  header: string;
  /** The cell as text: what the table shows, and what the CSV holds unless `csv` says. */
  text: (row: Row) => string;
  /**
   * The cell in the CSV when a spreadsheet needs another form than the eye: a moment as
   * ISO 8601 with its offset (`isoWithOffset`), which every spreadsheet reads as a time.
   * @default text
   */
  csv?: ((row: Row) => string) | undefined;
}

/** What makes a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * An email address or a note typed by a user must never run as a formula on an admin's
 * machine (CSV injection). A leading `'` makes a spreadsheet keep the text as text, and it
 * goes at the start of the cell and after every `;` and tab: Excel in German, French,
 * Spanish or Portuguese splits on `;` (and "text to columns" on tab), so each of those
 * starts a cell there too. Commas need no such care: the cell is quoted, and readers that
 * split on commas honour the quotes.
 */
function neutralise(value: string): string {
  return value
    .split(/(?<=[;\t])/)
    .map((part) => (FORMULA_START.test(part) ? `'${part}` : part))
    .join('');
}

/** A cell that holds a delimiter of any reader (`,` `;` tab), a quote or a line break is quoted. */
function cell(value: string): string {
  const safe = neutralise(value);
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The UTF-8 byte-order mark: without it Excel reads the file in the system's code page. */
export const BOM = '\uFEFF';

/**
 * RFC 4180 CSV: a header row, then one row per item, CRLF line ends, after a UTF-8
 * byte-order mark so Excel shows ’, — and every non-Latin script as they are.
 */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => cell(column.header)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => cell((column.csv ?? column.text)(row))).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A moment as ISO 8601 in the local time zone, with its offset
 * (`2026-12-05T11:58:43+01:00`): the time the admin saw in the table, unambiguous anywhere.
 */
export function isoWithOffset(moment: string | number | Date): string {
  const date = new Date(moment);
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${day}T${time}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
