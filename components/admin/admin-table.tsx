import type { ReactNode } from "react";

/** One row of an admin table: a cell for each of the table's columns. */
type AdminTableRow<Column extends string> = { key: string; id?: string; testId: string; cells: Record<Column, ReactNode> };

/**
 * The admin desk's tables: column headings, then the rows. Below the sm
 * breakpoint each row is a card with every cell under its column's name, so
 * no column (the record, a revoke button) hides behind a sideways scroll.
 * The table roles are spelled out because some browsers drop them from a
 * table shown as blocks; the names repeated in the cards are for the eye only.
 */
export function AdminTable<Column extends string>({ columns, rows }: { columns: Record<Column, string>; rows: AdminTableRow<Column>[] }) {
  const headings = Object.entries<string>(columns) as [Column, string][];
  return (
    <div className="rounded border border-stone-200 bg-white sm:overflow-x-auto">
      <table role="table" className="w-full text-sm max-sm:block">
        <thead role="rowgroup" className="bg-stone-50 max-sm:sr-only">
          <tr role="row">
            {headings.map(([column, heading]) => (
              <th key={column} role="columnheader" scope="col" className="p-3 text-start">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-y divide-stone-200 max-sm:block">
          {rows.map((row) => (
            <tr key={row.key} id={row.id} data-testid={row.testId} role="row" className="align-top max-sm:block max-sm:space-y-3 max-sm:p-3">
              {headings.map(([column, heading]) => (
                <td key={column} role="cell" className="p-3 max-sm:block max-sm:p-0 max-sm:wrap-break-word">
                  <span aria-hidden className="block text-xs font-semibold text-muted sm:hidden">
                    {heading}
                  </span>
                  {row.cells[column]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
