'use client';

import type { ReactNode } from 'react';
import { downloadCsv } from './download-csv.ts';
import { type Column, toCsv } from './model/csv.ts';

export interface ListTableProps<Row> {
  /** The heading of the list (also the CSV's file name). */
  title: string;
  intro?: string | undefined;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty: string;
  exportLabel: string;
  /** Replaces the "Export CSV" button (which saves the rows shown), e.g. to export more. */
  exportControl?: ReactNode | undefined;
  /** `h3` inside the dashboard's sections. */
  headingLevel?: 2 | 3 | undefined;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * A list as a table, with an "Export CSV" button that saves exactly the rows and columns
 * shown (the same `Column` definitions render both).
 */
export function ListTable<Row>({
  title,
  intro,
  columns,
  rows,
  rowKey,
  empty,
  exportLabel,
  exportControl,
  headingLevel = 3,
}: ListTableProps<Row>) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="abmfa-admin-list" data-list={slug(title)}>
      <div className="abmfa-admin-list-head">
        <Heading className="abmfa-admin-list-title">
          {title} <span className="abmfa-admin-count">({rows.length})</span>
        </Heading>
        {exportControl ?? (
          <button
            type="button"
            className="abmfa-admin-button"
            disabled={rows.length === 0}
            onClick={() => downloadCsv(`${slug(title)}.csv`, toCsv(columns, rows))}
          >
            {exportLabel}
          </button>
        )}
      </div>
      {intro ? <p className="abmfa-admin-intro">{intro}</p> : null}
      {rows.length === 0 ? (
        <p className="abmfa-admin-empty">{empty}</p>
      ) : (
        // Scrolls sideways on a narrow screen: focusable so the keyboard can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable
        <section className="abmfa-admin-table-wrap" tabIndex={0} aria-label={title}>
          <table className="abmfa-admin-table">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.key} scope="col">
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column) => (
                    <td key={column.key} data-column={column.key}>
                      {column.text(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
