import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { FormCard } from "@/components/portal/form-card";
import { localName } from "@/components/portal/local-name";
import { OrderStatusBadge } from "@/components/portal/order-status-badge";
import { OrderTotals } from "@/components/portal/order-totals";
import { RecordHeader } from "@/components/portal/record-header";
import { formatDate } from "@/components/reporting/format-date";
import { Card } from "@/components/ui/card";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { formatRupees } from "@/lib/money/format";
import { getSellerOrder } from "@/lib/orders/seller-orders";
import { AcceptOrderForm, RejectOrderForm } from "./_components/answer-forms";
import { acceptOrderAction, rejectOrderAction } from "./actions";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ answer?: string }> };

async function loadOrder(id: string) {
  const actor = await requirePortal("seller", `/seller/orders/${id}`);
  if (actor.sellerId === null) forbidden();
  const orderId = Number(id);
  if (!Number.isSafeInteger(orderId) || orderId <= 0) notFound();
  try {
    return await getSellerOrder(getDatabase().db, await actionContext(), orderId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const t = await getTranslations("sellerOrders");
  return { title: `${t("title")}: ${(await loadOrder((await params).id)).number}` };
}

export default async function SellerOrderPage({ params, searchParams }: PageProps) {
  const [{ id }, query, t, tc, locale] = await Promise.all([params, searchParams, getTranslations("sellerOrders"), getTranslations("cart"), getLocale()]);
  const order = await loadOrder(id);
  const money = (paise: bigint) => formatRupees(paise, { withPaise: true });
  const done = query.answer === "accepted" ? t("accept.done") : query.answer === "rejected" ? t("reject.done") : null;
  return (
    <>
      <RecordHeader back={{ href: "/seller/orders", label: t("back") }} title={order.number} badge={<OrderStatusBadge status={order.status} />} done={done}>
        <p className="mt-2 text-slate-700">
          {order.buyerOrganisation.name} · {t("placedOn", { date: formatDate(locale, order.placedAt, { withTime: true }) })}
          {order.status === "PLACED" && order.respondBy ? ` · ${t("answerBy", { date: formatDate(locale, order.respondBy, { withTime: true }) })}` : ""}
        </p>
      </RecordHeader>
      <Card aria-labelledby="order-items">
        <h2 id="order-items" className="text-xl font-bold text-navy-900">
          {t("items")}
        </h2>
        <ul className="mt-3 divide-y divide-navy-100">
          {order.items.map((item) => (
            <li key={item.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span>
                {item.title} × {item.quantity}
              </span>
              <span className="tabular-nums">{money(item.totalPaise)}</span>
            </li>
          ))}
        </ul>
        <OrderTotals valuePaise={order.subtotalPaise} gstPaise={order.taxPaise} totalPaise={order.totalPaise} />
      </Card>
      <Card aria-labelledby="order-delivery">
        <h2 id="order-delivery" className="text-xl font-bold text-navy-900">
          {t("delivery")}
        </h2>
        <p className="mt-2 text-slate-800">{t("deliverTo", { address: order.deliveryAddress, state: localName(locale, order.deliveryState) })}</p>
        <p className="mt-1 text-slate-800">{t("consignee", { name: order.consigneeUser.designation ? `${order.consigneeUser.name}, ${order.consigneeUser.designation}` : order.consigneeUser.name })}</p>
        <p className="mt-1 text-slate-800">{t("mode", { mode: tc(`modes.${order.buyingMode}.name`) })}</p>
        {order.statusReason ? <p className="mt-1 text-slate-800">{t("reason", { reason: order.statusReason })}</p> : null}
      </Card>
      {order.status === "PLACED" ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <FormCard id="accept-title" title={t("accept.title")} level={2}>
            <AcceptOrderForm orderId={order.id} action={acceptOrderAction} />
          </FormCard>
          <FormCard id="reject-title" title={t("reject.title")} level={2}>
            <RejectOrderForm orderId={order.id} action={rejectOrderAction} />
          </FormCard>
        </div>
      ) : null}
    </>
  );
}
