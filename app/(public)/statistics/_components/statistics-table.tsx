import { DataTable } from "@/components/ui/data-table";
import type { Summary } from "@/lib/reporting/public-statistics";
import { statisticsFormatters } from "./formatters";

export type TableRow = { key: string; label: string; summary: Summary };

// One row per year or state: GMV, orders, MSE share and savings, with the total below.
export async function StatisticsTable({ caption, firstColumn, rows, total }: { caption: string; firstColumn: string; rows: TableRow[]; total: Summary }) {
  const { t, count, share, rupees } = await statisticsFormatters();
  const figures = (summary: Summary) => [rupees(summary.gmvPaise), count(summary.orders), share(summary.mseBps), share(summary.savingsBps)];
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { header: firstColumn, cell: (row) => row.label },
        ...(["gmv", "orders", "mseShare", "savings"] as const).map((key, index) => ({ header: t(`table.${key}`), numeric: true, cell: (row: TableRow) => figures(row.summary)[index] })),
      ]}
      footer={{ label: t("table.total"), cells: figures(total) }}
    />
  );
}
