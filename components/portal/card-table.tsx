import type { ReactNode } from "react";

// className applies to the column's header and cells alike (alignment, wrapping).
export type CardTableColumn<Row> = { header: string; cell: (row: Row) => ReactNode; className?: string };

type CardTableProps<Row> = {
  caption: string;
  rows: Row[];
  rowKey: (row: Row) => string | number;
  // The first column names the row (a row header for screen readers).
  columns: [CardTableColumn<Row>, ...CardTableColumn<Row>[]];
  card: (row: Row) => ReactNode;
  // The width from which the table replaces the cards.
  tableFrom?: "md" | "lg";
};

// Rows as a list of cards on a phone and as a table on wider screens. Only one of the two is
// displayed, so assistive technology meets each row once.
export function CardTable<Row>({ caption, rows, rowKey, columns, card, tableFrom = "lg" }: CardTableProps<Row>) {
  const [first, ...rest] = columns;
  return (
    <>
      <ul aria-label={caption} className={`space-y-3 ${tableFrom === "md" ? "md:hidden" : "lg:hidden"}`}>
        {rows.map((row) => (
          <li key={rowKey(row)} className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
            {card(row)}
          </li>
        ))}
      </ul>
      <div className={`hidden overflow-x-auto rounded-lg border border-navy-100 bg-white shadow-sm ${tableFrom === "md" ? "md:block" : "lg:block"}`}>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-navy-50 text-sm text-slate-700">
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col" className={`px-4 py-3 font-semibold ${column.className ?? ""}`}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)} className="border-t border-navy-100 align-top">
                <th scope="row" className={`px-4 py-3 font-normal ${first.className ?? ""}`}>
                  {first.cell(row)}
                </th>
                {rest.map((column) => (
                  <td key={column.header} className={`px-4 py-3 ${column.className ?? ""}`}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
