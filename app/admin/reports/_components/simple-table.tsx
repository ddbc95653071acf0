import type { ReactNode } from "react";

export type SimpleColumn<Row> = { header: string; cell: (row: Row) => ReactNode; numeric?: boolean };

// A plain figures table: a caption for screen readers, the first column as row headers,
// numbers right-aligned; it scrolls sideways on a phone.
export function SimpleTable<Row>({ caption, rows, rowKey, columns, highlight }: { caption: string; rows: Row[]; rowKey: (row: Row) => string | number; columns: [SimpleColumn<Row>, ...SimpleColumn<Row>[]]; highlight?: (row: Row) => boolean }) {
  const [first, ...rest] = columns;
  const align = (column: SimpleColumn<Row>) => (column.numeric ? "text-right tabular-nums whitespace-nowrap" : "");
  return (
    <div tabIndex={0} role="region" aria-label={caption} className="overflow-x-auto">
      <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-navy-50 text-slate-700">
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={`px-3 py-2 font-semibold ${align(column)}`}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={`border-t border-navy-100 ${highlight?.(row) ? "bg-amber-50 font-semibold" : ""}`}>
              <th scope="row" className="px-3 py-2 font-medium">{first.cell(row)}</th>
              {rest.map((column) => (
                <td key={column.header} className={`px-3 py-2 ${align(column)}`}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
