import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { Deadline } from "@/components/orders/deadline";
import { CardTable } from "@/components/portal/card-table";
import { OrderStatusBadge } from "@/components/portal/order-status-badge";
import { formatDate } from "@/components/reporting/format-date";
import { hasRole } from "@/lib/auth/actor";
import { nowOf } from "@/lib/auth/context";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { formatRupees } from "@/lib/money/format";
import { listBuyerOrders, type BuyerOrderSummary, type BuyerWaitingOrder } from "@/lib/orders/buyer-orders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerOrders");
  return { title: t("title") };
}

const sellerName = (order: BuyerOrderSummary) => order.seller.tradeName ?? order.seller.legalName;

export default async function BuyerOrdersPage() {
  const actor = await requirePortal("buyer", "/buyer/orders");
  const [t, tl, locale, ctx] = await Promise.all([getTranslations("buyerOrders"), getTranslations("orderLifecycle.steps"), getLocale(), actionContext()]);
  const db = getDatabase().db;
  const now = nowOf(ctx);
  const [{ waiting, recent }, organisation] = await Promise.all([
    listBuyerOrders(db, ctx),
    actor.organisationId ? db.buyerOrganisation.findUnique({ where: { id: actor.organisationId }, select: { name: true } }) : null,
  ]);
  const showsWaiting = hasRole(actor, "CONSIGNEE") || hasRole(actor, "PAYING_AUTHORITY");
  const link = (order: BuyerOrderSummary) => (
    <Link href={`/buyer/orders/${order.id}`} className="font-semibold text-navy-800 underline tabular-nums">
      {order.number}
    </Link>
  );
  const money = (order: BuyerOrderSummary) => formatRupees(order.totalPaise, { withPaise: true });
  const deadline = (order: BuyerWaitingOrder) => <Deadline dueAt={order.dueAt} now={now} />;
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      {showsWaiting ? (
        <section aria-labelledby="waiting-title" className="space-y-3">
          <h2 id="waiting-title" className="text-xl font-bold text-navy-900">
            {t("waiting")}
          </h2>
          {waiting.length === 0 ? (
            <p className="rounded-lg border border-dashed border-navy-200 bg-white p-6 text-slate-700">{t("noneWaiting")}</p>
          ) : (
            <CardTable
              caption={t("waitingCaption")}
              rows={waiting}
              rowKey={(order) => order.id}
              card={(order) => (
                <>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    {link(order)}
                    <span className="font-semibold tabular-nums">{money(order)}</span>
                  </div>
                  <p className="mt-1 text-slate-800">{sellerName(order)}</p>
                  <p className="mt-1 font-semibold text-navy-900">{tl(order.step)}</p>
                  <p className="mt-1 text-sm text-slate-700">
                    {t("columns.due")}: {deadline(order)}
                  </p>
                </>
              )}
              columns={[
                { header: t("columns.order"), className: "whitespace-nowrap", cell: link },
                { header: t("columns.seller"), cell: sellerName },
                { header: t("columns.step"), cell: (order) => tl(order.step) },
                { header: t("columns.due"), cell: deadline },
                { header: t("columns.value"), className: "text-right whitespace-nowrap tabular-nums", cell: money },
              ]}
            />
          )}
        </section>
      ) : null}
      <section aria-labelledby="all-title" className="space-y-3">
        <h2 id="all-title" className="text-xl font-bold text-navy-900">
          {t("all", { organisation: organisation?.name ?? "" })}
        </h2>
        {recent.length === 0 ? (
          <p className="rounded-lg border border-dashed border-navy-200 bg-white p-6 text-slate-700">{t("none")}</p>
        ) : (
          <CardTable
            caption={t("allCaption")}
            rows={recent}
            rowKey={(order) => order.id}
            card={(order) => (
              <>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  {link(order)}
                  <OrderStatusBadge status={order.status} />
                </div>
                <p className="mt-1 text-slate-800">{sellerName(order)}</p>
                <p className="mt-1 text-sm text-slate-700 tabular-nums">
                  {formatDate(locale, order.placedAt)} · {money(order)}
                </p>
              </>
            )}
            columns={[
              { header: t("columns.order"), className: "whitespace-nowrap", cell: link },
              { header: t("columns.seller"), cell: sellerName },
              { header: t("columns.placedAt"), className: "whitespace-nowrap", cell: (order) => formatDate(locale, order.placedAt) },
              { header: t("columns.status"), cell: (order) => <OrderStatusBadge status={order.status} /> },
              { header: t("columns.value"), className: "text-right whitespace-nowrap tabular-nums", cell: money },
            ]}
          />
        )}
      </section>
    </>
  );
}
