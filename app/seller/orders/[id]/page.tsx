import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse, recordId } from "@/app/_lib/or-refuse";
import { HelpLink } from "@/components/help/help-link";
import { ContractLinks } from "@/components/orders/contract-links";
import { IncidentsSection } from "@/components/orders/incidents-section";
import { OrderDetails } from "@/components/orders/order-details";
import { RateBuyerForm } from "@/components/orders/rating-forms";
import { FormCard } from "@/components/portal/form-card";
import { OrderStatusBadge } from "@/components/portal/order-status-badge";
import { RecordHeader } from "@/components/portal/record-header";
import { formatDate } from "@/components/reporting/format-date";
import { nowOf } from "@/lib/auth/context";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { formatRupees } from "@/lib/money/format";
import { acceptedValue } from "@/lib/orders/accepted-value";
import { getSellerOrder } from "@/lib/orders/seller-orders";
import { AcceptOrderForm, RejectOrderForm } from "./_components/answer-forms";
import { DeliveredForm, DispatchForm, InvoiceForm } from "./_components/fulfil-forms";
import {
  acceptOrderAction,
  answerIncidentAction,
  closeIncidentAction,
  dispatchOrderAction,
  markDeliveredAction,
  raiseIncidentAction,
  raiseInvoiceAction,
  rateBuyerAction,
  rejectOrderAction,
} from "./actions";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

const DONE_MESSAGES: Record<string, string> = {
  accepted: "sellerOrders.accept.done",
  rejected: "sellerOrders.reject.done",
  dispatched: "orderLifecycle.dispatch.done",
  delivered: "orderLifecycle.deliver.done",
  invoiced: "orderLifecycle.invoice.done",
  rated: "ratings.buyer.done",
  incidentRaised: "incidents.raise.done",
  incidentAnswered: "incidents.answer.done",
  incidentClosed: "incidents.close.done",
};

async function loadOrder(id: string) {
  const actor = await requirePortal("seller", `/seller/orders/${id}`);
  if (actor.sellerId === null) forbidden();
  return orRefuse(getSellerOrder(getDatabase().db, await actionContext(), recordId(id)));
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const t = await getTranslations("sellerOrders");
  return { title: `${t("title")}: ${(await loadOrder((await params).id)).number}` };
}

export default async function SellerOrderPage({ params, searchParams }: PageProps) {
  const [{ id }, query, t, tl, locale, ctx] = await Promise.all([params, searchParams, getTranslations("sellerOrders"), getTranslations(), getLocale(), actionContext()]);
  const order = await loadOrder(id);
  const now = nowOf(ctx);
  const doneKey = query.done ? DONE_MESSAGES[query.done] : undefined;
  const invoiceValue = acceptedValue(order.items);
  return (
    <>
      <RecordHeader back={{ href: "/seller/orders", label: t("back") }} title={order.number} badge={<OrderStatusBadge status={order.status} />} done={doneKey ? tl(doneKey) : null}>
        <p className="mt-2 text-slate-700">
          {order.buyerOrganisation.name} · {t("placedOn", { date: formatDate(locale, order.placedAt, { withTime: true }) })}
          {order.status === "PLACED" && order.respondBy ? ` · ${t("answerBy", { date: formatDate(locale, order.respondBy, { withTime: true }) })}` : ""}
        </p>
        <p className="mt-1 text-slate-700">
          {tl("ratings.buyerPayment", { count: order.buyerPayment.count, average: order.buyerPayment.average?.toFixed(1) ?? "" })}
        </p>
        <ContractLinks orderId={order.id} />
        <HelpLink topic="fulfilOrder" className="mt-2" />
      </RecordHeader>
      {order.status === "PLACED" && order.respondBy && order.respondBy >= now ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <FormCard id="accept-title" title={t("accept.title")} level={2}>
            <AcceptOrderForm orderId={order.id} action={acceptOrderAction} />
          </FormCard>
          <FormCard id="reject-title" title={t("reject.title")} level={2}>
            <RejectOrderForm orderId={order.id} action={rejectOrderAction} />
          </FormCard>
        </div>
      ) : null}
      {order.status === "ACCEPTED" ? (
        <FormCard id="dispatch-title" title={tl("orderLifecycle.dispatch.title")} level={2}>
          <DispatchForm orderId={order.id} action={dispatchOrderAction} />
        </FormCard>
      ) : null}
      {order.status === "DISPATCHED" ? (
        <FormCard id="deliver-title" title={tl("orderLifecycle.deliver.title")} level={2}>
          <DeliveredForm orderId={order.id} action={markDeliveredAction} />
        </FormCard>
      ) : null}
      {order.status === "GOODS_ACCEPTED" ? (
        <FormCard id="invoice-title" title={tl("orderLifecycle.invoice.title")} level={2}>
          <InvoiceForm
            orderId={order.id}
            action={raiseInvoiceAction}
            text={tl("orderLifecycle.invoice.text", {
              amount: formatRupees(invoiceValue.valuePaise + invoiceValue.gstPaise, { withPaise: true }),
              date: order.paymentDueAt ? formatDate(locale, order.paymentDueAt) : "",
            })}
          />
        </FormCard>
      ) : null}
      {order.status === "PAID" && order.buyerRating === null ? (
        <FormCard id="rate-title" title={tl("ratings.buyer.title")} level={2}>
          <RateBuyerForm orderId={order.id} action={rateBuyerAction} />
        </FormCard>
      ) : null}
      <OrderDetails order={order} />
      <IncidentsSection order={order} side="seller" actions={{ raise: raiseIncidentAction, answer: answerIncidentAction, close: closeIncidentAction }} />
    </>
  );
}
