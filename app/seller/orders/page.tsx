import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { CardTable } from "@/components/portal/card-table";
import { OrderStatusBadge } from "@/components/portal/order-status-badge";
import { nowOf } from "@/lib/auth/context";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { formatRupees } from "@/lib/money/format";
import { listSellerOrders, type SellerOrderSummary, type SellerWaitingOrder } from "@/lib/orders/seller-orders";
import { Deadline } from "@/components/orders/deadline";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sellerOrders");
  return { title: t("title") };
}

export default async function SellerOrdersPage() {
  const actor = await requirePortal("seller", "/seller/orders");
  if (actor.sellerId === null) forbidden();
  const [t, tl, ctx] = await Promise.all([getTranslations("sellerOrders"), getTranslations("orderLifecycle.steps"), actionContext()]);
  const now = nowOf(ctx);
  const { waiting, recent, autoCancelled } = await listSellerOrders(getDatabase().db, ctx, now);
  const link = (order: SellerOrderSummary) => (
    <Link href={`/seller/orders/${order.id}`} className="font-semibold text-navy-800 underline tabular-nums">
      {order.number}
    </Link>
  );
  const deadline = (order: SellerWaitingOrder) => <Deadline dueAt={order.dueAt} now={now} />;
  const money = (order: SellerOrderSummary) => formatRupees(order.totalPaise, { withPaise: true });
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
        {autoCancelled > 0 ? <p className="mt-3 max-w-3xl rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">{t("autoCancelled", { count: autoCancelled })}</p> : null}
      </div>
      <section aria-labelledby="waiting-title" className="space-y-3">
        <h2 id="waiting-title" className="text-xl font-bold text-navy-900">
          {t("waiting")}
        </h2>
        {waiting.length === 0 ? (
          <p className="rounded-lg border border-dashed border-navy-200 bg-white p-6 text-slate-700">{t("none")}</p>
        ) : (
          <CardTable
            caption={t("caption")}
            rows={waiting}
            rowKey={(order) => order.id}
            card={(order) => (
              <>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  {link(order)}
                  <span className="font-semibold tabular-nums">{money(order)}</span>
                </div>
                <p className="mt-1 text-slate-800">{order.buyerOrganisation.name}</p>
                <p className="mt-1 font-semibold text-navy-900">{tl(order.step)}</p>
                <p className="mt-1 text-sm text-slate-700">
                  {t("columns.deadline")}: {deadline(order)}
                </p>
              </>
            )}
            columns={[
              { header: t("columns.order"), className: "whitespace-nowrap", cell: link },
              { header: t("columns.buyer"), cell: (order) => order.buyerOrganisation.name },
              { header: t("columns.step"), cell: (order) => tl(order.step) },
              { header: t("columns.deadline"), cell: deadline },
              { header: t("columns.value"), className: "text-right whitespace-nowrap tabular-nums", cell: money },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="recent-title" className="space-y-3">
        <h2 id="recent-title" className="text-xl font-bold text-navy-900">
          {t("recent")}
        </h2>
        {recent.length === 0 ? (
          <p className="rounded-lg border border-dashed border-navy-200 bg-white p-6 text-slate-700">{t("noneRecent")}</p>
        ) : (
          <CardTable
            caption={t("recentCaption")}
            rows={recent}
            rowKey={(order) => order.id}
            card={(order) => (
              <>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  {link(order)}
                  <OrderStatusBadge status={order.status} />
                </div>
                <p className="mt-1 text-slate-800">{order.buyerOrganisation.name}</p>
                <p className="mt-1 text-sm text-slate-700 tabular-nums">{money(order)}</p>
              </>
            )}
            columns={[
              { header: t("columns.order"), className: "whitespace-nowrap", cell: link },
              { header: t("columns.buyer"), cell: (order) => order.buyerOrganisation.name },
              { header: t("columns.value"), className: "text-right whitespace-nowrap tabular-nums", cell: money },
              { header: t("columns.status"), cell: (order) => <OrderStatusBadge status={order.status} /> },
            ]}
          />
        )}
      </section>
    </>
  );
}
