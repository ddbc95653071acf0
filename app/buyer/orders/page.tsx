import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { WaitingOrdersTable } from "@/components/orders/waiting-orders-table";
import { RecentOrdersTable } from "@/components/portal/recent-orders-table";
import { hasRole } from "@/lib/auth/actor";
import { nowOf } from "@/lib/auth/context";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { listBuyerOrders, type BuyerOrderSummary } from "@/lib/orders/buyer-orders";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerOrders");
  return { title: t("title") };
}

const sellerName = (order: BuyerOrderSummary) => order.seller.tradeName ?? order.seller.legalName;

export default async function BuyerOrdersPage() {
  const actor = await requirePortal("buyer", "/buyer/orders");
  const [t, to, ctx] = await Promise.all([getTranslations("buyerOrders"), getTranslations("orders"), actionContext()]);
  const db = getDatabase().db;
  const now = nowOf(ctx);
  const [{ waiting, recent }, organisation] = await Promise.all([
    listBuyerOrders(db, ctx),
    actor.organisationId ? db.buyerOrganisation.findUnique({ where: { id: actor.organisationId }, select: { name: true } }) : null,
  ]);
  const showsWaiting = hasRole(actor, "CONSIGNEE") || hasRole(actor, "PAYING_AUTHORITY");
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
            <EmptyState>{t("noneWaiting")}</EmptyState>
          ) : (
            <WaitingOrdersTable
              caption={t("waitingCaption")}
              counterpartyLabel={to("seller")}
              ordersPath="/buyer/orders"
              now={now}
              orders={waiting.map((order) => ({ ...order, counterparty: sellerName(order) }))}
            />
          )}
        </section>
      ) : null}
      <section aria-labelledby="all-title" className="space-y-3">
        <h2 id="all-title" className="text-xl font-bold text-navy-900">
          {t("all", { organisation: organisation?.name ?? "" })}
        </h2>
        <RecentOrdersTable caption={t("allCaption")} counterpartyLabel={to("seller")} ordersPath="/buyer/orders" orders={recent.map((order) => ({ ...order, counterparty: sellerName(order) }))} />
      </section>
    </>
  );
}
