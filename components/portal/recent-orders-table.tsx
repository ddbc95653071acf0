import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";
import type { RecentOrder } from "@/lib/orders/order-summaries";
import { formatRupees } from "@/lib/money/format";
import { OrderStatusBadge } from "./order-status-badge";

type RecentOrdersProps = { orders: RecentOrder[]; counterpartyLabel: string; caption: string };

// The latest orders of the signed-in party; the counterparty is the seller for a buyer and
// the buyer organisation for a seller. A phone gets one card per order instead of a wide
// table; only one of the two is displayed, so assistive technology meets it once.
export async function RecentOrdersTable({ orders, counterpartyLabel, caption }: RecentOrdersProps) {
  const [t, locale] = await Promise.all([getTranslations("orders"), getLocale()]);
  if (orders.length === 0) return <p className="rounded-lg border border-dashed border-navy-200 bg-white p-6 text-slate-700">{t("none")}</p>;
  return (
    <>
      <ul aria-label={caption} className="space-y-3 md:hidden">
        {orders.map((order) => (
          <li key={order.id} className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <span className="font-semibold text-navy-900 tabular-nums">{order.number}</span>
              <span className="font-semibold tabular-nums">{formatRupees(order.totalPaise)}</span>
            </div>
            <p className="mt-1 text-slate-800">{order.counterparty}</p>
            <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
              <span>{formatDate(locale, order.placedAt)}</span>
              <OrderStatusBadge status={order.status} />
            </div>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-navy-100 bg-white shadow-sm md:block">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-navy-50 text-sm text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">{t("number")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{counterpartyLabel}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("placedAt")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("status")}</th>
              <th scope="col" className="px-4 py-3 text-right font-semibold">{t("value")}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id} className="border-t border-navy-100">
                <th scope="row" className="px-4 py-3 font-semibold whitespace-nowrap text-navy-900 tabular-nums">
                  {order.number}
                </th>
                <td className="px-4 py-3">{order.counterparty}</td>
                <td className="px-4 py-3 whitespace-nowrap">{formatDate(locale, order.placedAt)}</td>
                <td className="px-4 py-3">
                  <OrderStatusBadge status={order.status} />
                </td>
                <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums">{formatRupees(order.totalPaise)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
