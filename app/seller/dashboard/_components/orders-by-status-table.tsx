import { getTranslations } from "next-intl/server";
import { OrderStatusBadge } from "@/components/portal/order-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import type { SellerDashboard } from "@/lib/reporting/seller-dashboard";

const cell = "px-4 py-2 text-right tabular-nums whitespace-nowrap";

// The year's orders by where they stand now, in lifecycle order: the value column counts
// every order, rejected and cancelled ones too, so it is not GMV.
export async function OrdersByStatusTable({ rows, caption }: { rows: SellerDashboard["byStatus"]; caption: string }) {
  const [t, tTable] = await Promise.all([getTranslations("dashboards.seller.status"), getTranslations("dashboards.table")]);
  if (rows.length === 0) return <EmptyState>{t("none")}</EmptyState>;
  return (
    <div tabIndex={0} role="region" aria-label={caption} className="overflow-x-auto rounded-lg border border-navy-100 bg-white shadow-sm">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-navy-50 text-sm text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              {t("status")}
            </th>
            <th scope="col" className={`${cell} font-semibold`}>
              {tTable("orders")}
            </th>
            <th scope="col" className={`${cell} font-semibold`}>
              {tTable("value")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.status} className="border-t border-navy-100">
              <th scope="row" className="px-4 py-2 font-normal">
                <OrderStatusBadge status={row.status} />
              </th>
              <td className={cell}>{formatIndianNumber(row.orders)}</td>
              <td className={cell}>{formatRupees(row.valuePaise)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
