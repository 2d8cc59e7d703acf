// The CSV exports as a spreadsheet reads them: whatever a user typed stays text in
// comma-, semicolon- and tab-delimited readers, Excel sees UTF-8, and moments carry their
// offset.
import { describe, expect, it } from 'vitest';
import { BOM, type Column, isoWithOffset, toCsv } from './csv.ts';

const note: Column<string>[] = [{ key: 'note', header: 'Note', text: (row) => row }];

/** RFC 4180 as a spreadsheet reads it, split on `delimiter`: quoted cells stay whole. */
function read(csv: string, delimiter: ',' | ';' | '\t'): string[][] {
  const cellPattern = new RegExp(`(?:^|${delimiter})(?:"((?:[^"]|"")*)"|([^${delimiter}"]*))`, 'g');
  const body = csv.startsWith(BOM) ? csv.slice(1) : csv;
  // Rows end at a CRLF outside quotes.
  const rows = body.trimEnd().match(/(?:"(?:[^"]|"")*"|[^"\r\n])+/g) ?? [];
  return rows.map((line) =>
    [...line.matchAll(cellPattern)].map((match) =>
      match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] ?? ''),
    ),
  );
}

/** Reader that ignores quotes altogether, the worst case (a naive import script). */
const split = (csv: string, delimiter: string) =>
  csv
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .flatMap((line) => line.split(delimiter));

const FORMULA = /^"?[=+\-@\t\r]/;
const hostile = [
  '=HYPERLINK("http://evil.example","x")',
  '+1+2',
  '-2+3',
  '@SUM(A1)',
  'reason: x;=1+2;',
  'a; -1',
  'tab\t=1+2',
  'both;\t@cmd',
  'x,=1',
];

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark, so Excel reads ’ — and every script right', () => {
    const csv = toCsv(note, ['Guide’s advice — 認証アプリ']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(read(csv, ',')).toEqual([['Note'], ['Guide’s advice — 認証アプリ']]);
  });

  it('keeps every value whole and in order in a comma-delimited reader', () => {
    const rows = read(toCsv(note, hostile), ',');
    expect(rows).toHaveLength(hostile.length + 1);
    for (const [cell] of rows.slice(1)) expect(cell).not.toMatch(FORMULA);
    // Quotes, commas and line breaks survive; only the guard is added.
    expect(read(toCsv(note, ['say "hi", then\r\nbye']), ',')[1]).toEqual(['say "hi", then\r\nbye']);
  });

  it('starts no cell with a formula in a semicolon-delimited reader (Excel in de, fr, es, pt)', () => {
    const csv = toCsv(note, hostile);
    for (const row of read(csv, ';')) for (const cell of row) expect(cell).not.toMatch(FORMULA);
    for (const cell of split(csv, ';')) expect(cell).not.toMatch(FORMULA);
  });

  it('starts no cell with a formula in a tab-delimited reader', () => {
    const csv = toCsv(note, hostile);
    for (const row of read(csv, '\t')) for (const cell of row) expect(cell).not.toMatch(FORMULA);
    for (const cell of split(csv, '\t')) expect(cell).not.toMatch(FORMULA);
  });

  it('leaves ordinary text as it is', () => {
    const plain = ['admin@example.com', 'channel: totp, context: enable', 'Ana; Bo'];
    expect(read(toCsv(note, plain), ',').slice(1)).toEqual(plain.map((value) => [value]));
  });

  it('writes a column’s `csv` form where it has one, its `text` elsewhere', () => {
    const columns: Column<{ at: string }>[] = [
      { key: 'shown', header: 'Shown', text: () => 'Dec 5, 2026' },
      { key: 'at', header: 'At', text: () => 'Dec 5, 2026', csv: (row) => row.at },
    ];
    expect(read(toCsv(columns, [{ at: '2026-12-05T11:58:43+00:00' }]), ',')[1]).toEqual([
      'Dec 5, 2026',
      '2026-12-05T11:58:43+00:00',
    ]);
  });
});

describe('isoWithOffset', () => {
  it('writes the local time with its offset: the same moment, readable anywhere', () => {
    for (const moment of [
      '2026-12-05T11:58:43.250Z',
      '2026-07-01T00:00:00Z',
      '2026-03-29T01:30:00Z',
    ]) {
      const iso = isoWithOffset(moment);
      expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(Date.parse(iso)).toBe(Math.floor(Date.parse(moment) / 1000) * 1000);
    }
  });
});
