import { getTranslations } from "next-intl/server";
import { OrderStatusBadge } from "@/components/portal/order-status-badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import type { SellerDashboard } from "@/lib/reporting/seller-dashboard";

// The year's orders by where they stand now, in lifecycle order: the value column counts
// every order, rejected and cancelled ones too, so it is not GMV.
export async function OrdersByStatusTable({ rows, caption }: { rows: SellerDashboard["byStatus"]; caption: string }) {
  const [t, tTable] = await Promise.all([getTranslations("dashboards.seller.status"), getTranslations("dashboards.table")]);
  if (rows.length === 0) return <EmptyState>{t("none")}</EmptyState>;
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.status}
      columns={[
        { header: t("status"), cell: (row) => <OrderStatusBadge status={row.status} /> },
        { header: tTable("orders"), numeric: true, cell: (row) => formatIndianNumber(row.orders) },
        { header: tTable("value"), numeric: true, cell: (row) => formatRupees(row.valuePaise) },
      ]}
    />
  );
}
