import type { ReactNode } from "react";

export type DataColumn<Row> = { header: string; cell: (row: Row) => ReactNode; numeric?: boolean };

type DataTableProps<Row> = {
  caption: string;
  rows: Row[];
  rowKey: (row: Row) => string | number;
  // The first column names the row (a row header for screen readers).
  columns: [DataColumn<Row>, ...DataColumn<Row>[]];
  // A totals row below the others: its label and its cells, in the other columns' order.
  footer?: { label: string; cells: ReactNode[] };
  highlight?: (row: Row) => boolean;
  // Inside a section that names it already, the scrolling box needs no name of its own.
  named?: boolean;
};

const cellClass = (column: { numeric?: boolean }) => `px-3 py-2 ${column.numeric ? "text-right tabular-nums whitespace-nowrap" : ""}`;

// A table of figures: a caption for screen readers, row headers, numbers right-aligned, an
// optional totals row; on a phone it scrolls sideways in a box the keyboard can reach.
export function DataTable<Row>({ caption, rows, rowKey, columns, footer, highlight, named = true }: DataTableProps<Row>) {
  const [first, ...rest] = columns;
  return (
    <div tabIndex={0} {...(named ? { role: "region", "aria-label": caption } : {})} className="overflow-x-auto rounded-lg border border-navy-100 bg-white">
      <table className="w-full min-w-[28rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-navy-50 text-slate-700">
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={`${cellClass(column)} font-semibold`}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={`border-t border-navy-100 ${highlight?.(row) ? "bg-amber-50 font-semibold" : ""}`}>
              <th scope="row" className="px-3 py-2 font-medium">{first.cell(row)}</th>
              {rest.map((column) => (
                <td key={column.header} className={cellClass(column)}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer ? (
          <tfoot className="border-t-2 border-navy-200 font-semibold">
            <tr>
              <th scope="row" className="px-3 py-2">{footer.label}</th>
              {footer.cells.map((cell, index) => (
                <td key={rest[index]?.header ?? index} className={cellClass(rest[index] ?? {})}>{cell}</td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
