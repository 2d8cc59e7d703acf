'use client';

import { fileNameSlug } from '@authblock/mfa-react';
import { type ReactNode, useId } from 'react';
import { downloadCsv } from './download-csv.ts';
import { type Column, toCsv } from './model/csv.ts';

export interface ListTableProps<Row> {
  /**
   * The list's name in every language, in kebab case: its `data-list` (for styles and
   * tests) and the CSV's file name when the title gives none.
   */
  name: string;
  /** The heading of the list; the CSV's file name in the person's language. */
  title: string;
  intro?: string | undefined;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty: string;
  exportLabel: string;
  /** Replaces the "Export CSV" button (which saves the rows shown), e.g. to export more. */
  exportControl?: ReactNode | undefined;
  /** `h3` inside the dashboard's sections, `h4` inside a person's record. */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Makes one column's cells buttons that open the row's person (their record). */
  openRow?: OpenRow<Row> | undefined;
}

export interface OpenRow<Row> {
  /** The column whose cells become buttons (the email). */
  column: string;
  /** The row's person, or undefined for a row with none. */
  userId: (row: Row) => string | undefined;
  /** The person whose record is open, if any. */
  openUserId: string | null;
  onOpen: (userId: string, email: string, opener: HTMLButtonElement) => void;
}

/**
 * A list as a table, with an "Export CSV" button that saves exactly the rows and columns
 * shown (the same `Column` definitions render both).
 */
export function ListTable<Row>({
  name,
  title,
  intro,
  columns,
  rows,
  rowKey,
  empty,
  exportLabel,
  exportControl,
  headingLevel = 3,
  openRow,
}: ListTableProps<Row>) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h3';
  const headingId = useId();
  const exportId = useId();
  const cell = (row: Row, column: Column<Row>) => {
    const value = column.text(row);
    const userId = openRow?.column === column.key ? openRow.userId(row) : undefined;
    if (!openRow || userId === undefined) return value;
    return (
      <button
        type="button"
        className="abmfa-admin-link-button"
        aria-expanded={openRow.openUserId === userId}
        onClick={(event) => openRow.onOpen(userId, value, event.currentTarget)}
      >
        <bdi>{value}</bdi>
      </button>
    );
  };
  return (
    <div className="abmfa-admin-list" data-list={name}>
      <div className="abmfa-admin-list-head">
        <Heading id={headingId} className="abmfa-admin-list-title">
          {title} <span className="abmfa-admin-count">({rows.length})</span>
        </Heading>
        {exportControl ?? (
          <button
            type="button"
            id={exportId}
            className="abmfa-admin-button"
            // "Export CSV Adoption by role (5)": every list's button names what it saves.
            aria-labelledby={`${exportId} ${headingId}`}
            disabled={rows.length === 0}
            onClick={() => downloadCsv(`${fileNameSlug(title) || name}.csv`, toCsv(columns, rows))}
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
                      {cell(row, column)}
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
