import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { WaitingOrdersTable } from "@/components/orders/waiting-orders-table";
import { RecentOrdersTable } from "@/components/portal/recent-orders-table";
import { nowOf } from "@/lib/auth/context";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { listSellerOrders } from "@/lib/orders/seller-orders";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sellerOrders");
  return { title: t("title") };
}

export default async function SellerOrdersPage() {
  const actor = await requirePortal("seller", "/seller/orders");
  if (actor.sellerId === null) forbidden();
  const [t, to, ctx] = await Promise.all([getTranslations("sellerOrders"), getTranslations("orders"), actionContext()]);
  const now = nowOf(ctx);
  const { waiting, recent, autoCancelled } = await listSellerOrders(getDatabase().db, ctx, now);
  const buyerName = (order: { buyerOrganisation: { name: string } }) => order.buyerOrganisation.name;
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
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <WaitingOrdersTable
            caption={t("caption")}
            counterpartyLabel={to("buyer")}
            ordersPath="/seller/orders"
            now={now}
            orders={waiting.map((order) => ({ ...order, counterparty: buyerName(order) }))}
          />
        )}
      </section>
      <section aria-labelledby="recent-title" className="space-y-3">
        <h2 id="recent-title" className="text-xl font-bold text-navy-900">
          {t("recent")}
        </h2>
        <RecentOrdersTable caption={t("recentCaption")} counterpartyLabel={to("buyer")} ordersPath="/seller/orders" orders={recent.map((order) => ({ ...order, counterparty: buyerName(order) }))} />
      </section>
    </>
  );
}
