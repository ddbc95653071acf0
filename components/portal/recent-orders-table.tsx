import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";
import { CardTable } from "./card-table";
import type { RecentOrder } from "@/lib/orders/order-summaries";
import { formatRupees } from "@/lib/money/format";
import { OrderStatusBadge } from "./order-status-badge";
import { EmptyState } from "@/components/ui/empty-state";

type RecentOrdersProps = { orders: RecentOrder[]; counterpartyLabel: string; caption: string; ordersPath: string };

// The latest orders of the signed-in party; the counterparty is the seller for a buyer and
// the buyer organisation for a seller.
export async function RecentOrdersTable({ orders, counterpartyLabel, caption, ordersPath }: RecentOrdersProps) {
  const [t, locale] = await Promise.all([getTranslations("orders"), getLocale()]);
  const number = (order: RecentOrder) => (
    <Link href={`${ordersPath}/${order.id}`} className="font-semibold text-navy-800 underline tabular-nums">
      {order.number}
    </Link>
  );
  if (orders.length === 0) return <EmptyState>{t("none")}</EmptyState>;
  return (
    <CardTable
      caption={caption}
      rows={orders}
      rowKey={(order) => order.id}
      tableFrom="md"
      card={(order) => (
        <>
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            {number(order)}
            <span className="font-semibold tabular-nums">{formatRupees(order.totalPaise)}</span>
          </div>
          <p className="mt-1 text-slate-800">{order.counterparty}</p>
          <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
            <span>{formatDate(locale, order.placedAt)}</span>
            <OrderStatusBadge status={order.status} />
          </div>
        </>
      )}
      columns={[
        { header: t("number"), className: "whitespace-nowrap", cell: number },
        { header: counterpartyLabel, cell: (order) => order.counterparty },
        { header: t("placedAt"), className: "whitespace-nowrap", cell: (order) => formatDate(locale, order.placedAt) },
        { header: t("status"), cell: (order) => <OrderStatusBadge status={order.status} /> },
        { header: t("value"), className: "text-right whitespace-nowrap tabular-nums", cell: (order) => formatRupees(order.totalPaise) },
      ]}
    />
  );
}
