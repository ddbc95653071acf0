import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse, recordId } from "@/app/_lib/or-refuse";
import { ContractLinks } from "@/components/orders/contract-links";
import { Deadline } from "@/components/orders/deadline";
import { IncidentsSection } from "@/components/orders/incidents-section";
import { OrderDetails } from "@/components/orders/order-details";
import { RateSellerForm } from "@/components/orders/rating-forms";
import { FormCard } from "@/components/portal/form-card";
import { OrderStatusBadge } from "@/components/portal/order-status-badge";
import { RecordHeader } from "@/components/portal/record-header";
import { formatDate } from "@/components/reporting/format-date";
import { nowOf } from "@/lib/auth/context";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { formatRupees } from "@/lib/money/format";
import { getBuyerOrder } from "@/lib/orders/buyer-orders";
import { GOODS_ACCEPTANCE_DAYS } from "@/lib/orders/buying-rules";
import { AcceptGoodsForm, CancelOrderForm, RecordPaymentForm, RecordReceiptForm, RejectGoodsForm } from "./_components/buyer-order-forms";
import {
  acceptGoodsAction,
  answerIncidentAction,
  cancelOrderAction,
  closeIncidentAction,
  raiseIncidentAction,
  rateSellerAction,
  recordPaymentAction,
  recordReceiptAction,
  rejectGoodsAction,
} from "./actions";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

const DONE_MESSAGES: Record<string, string> = {
  cancelled: "orderLifecycle.cancel.done",
  received: "orderLifecycle.receive.done",
  goodsAccepted: "orderLifecycle.acceptGoods.done",
  partlyAccepted: "orderLifecycle.acceptGoods.partialDone",
  goodsRejected: "orderLifecycle.rejectGoods.done",
  paid: "orderLifecycle.pay.done",
  rated: "ratings.seller.done",
  incidentRaised: "incidents.raise.done",
  incidentAnswered: "incidents.answer.done",
  incidentClosed: "incidents.close.done",
};

async function loadOrder(id: string) {
  await requirePortal("buyer", `/buyer/orders/${id}`);
  const ctx = await actionContext();
  const now = nowOf(ctx);
  return { view: await orRefuse(getBuyerOrder(getDatabase().db, ctx, recordId(id), now)), now };
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const t = await getTranslations("buyerOrders");
  return { title: `${t("title")}: ${(await loadOrder((await params).id)).view.order.number}` };
}

export default async function BuyerOrderPage({ params, searchParams }: PageProps) {
  const [{ id }, query, t, tl, tr, locale] = await Promise.all([params, searchParams, getTranslations("buyerOrders"), getTranslations("orderLifecycle"), getTranslations(), getLocale()]);
  const { view, now } = await loadOrder(id);
  const { order, can, payNow, decideBy } = view;
  const doneKey = query.done ? DONE_MESSAGES[query.done] : undefined;
  const money = (paise: bigint) => formatRupees(paise, { withPaise: true });
  return (
    <>
      <RecordHeader back={{ href: "/buyer/orders", label: t("back") }} title={order.number} badge={<OrderStatusBadge status={order.status} />} done={doneKey ? tr(doneKey) : null}>
        <p className="mt-2 text-slate-700">{t("placedOn", { date: formatDate(locale, order.placedAt, { withTime: true }), seller: order.seller.tradeName ?? order.seller.legalName })}</p>
        {order.status === "RECEIVED" && decideBy ? (
          <p className="mt-1 text-slate-800">
            {tl("details.decideBy")}{" "}
            <Deadline dueAt={decideBy} now={now} />
          </p>
        ) : null}
        {order.status === "INVOICED" && order.paymentDueAt ? (
          <p className="mt-1 text-slate-800">
            {tl("details.paymentDue")}{" "}
            <Deadline dueAt={order.paymentDueAt} now={now} />
          </p>
        ) : null}
        <ContractLinks orderId={order.id} />
      </RecordHeader>
      {can.receive ? (
        <FormCard id="receive-title" title={tl("receive.title")} level={2}>
          <RecordReceiptForm orderId={order.id} action={recordReceiptAction} text={tl("receive.text", { days: GOODS_ACCEPTANCE_DAYS })} />
        </FormCard>
      ) : null}
      {can.decideGoods ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <FormCard id="accept-goods-title" title={tl("acceptGoods.title")} level={2}>
            <AcceptGoodsForm orderId={order.id} action={acceptGoodsAction} lines={order.items.map((item) => ({ id: item.id, title: item.title, quantity: item.quantity }))} />
          </FormCard>
          <FormCard id="reject-goods-title" title={tl("rejectGoods.title")} level={2}>
            <RejectGoodsForm orderId={order.id} action={rejectGoodsAction} />
          </FormCard>
        </div>
      ) : null}
      {can.pay && payNow ? (
        <FormCard id="pay-title" title={tl("pay.title")} level={2}>
          <RecordPaymentForm
            orderId={order.id}
            action={recordPaymentAction}
            figures={{
              amount: money(payNow.amountPaise),
              due: formatDate(locale, payNow.dueAt),
              daysLate: payNow.daysLate,
              interest: money(payNow.interestPaise),
              total: money(payNow.amountPaise + payNow.interestPaise),
            }}
          />
        </FormCard>
      ) : null}
      {can.cancel ? (
        <FormCard id="cancel-title" title={tl("cancel.title")} level={2}>
          <CancelOrderForm orderId={order.id} action={cancelOrderAction} />
        </FormCard>
      ) : null}
      {can.rate ? (
        <FormCard id="rate-title" title={tr("ratings.seller.title")} level={2}>
          <RateSellerForm orderId={order.id} action={rateSellerAction} />
        </FormCard>
      ) : null}
      <OrderDetails order={order} />
      <IncidentsSection order={order} side="buyer" actions={{ raise: raiseIncidentAction, answer: answerIncidentAction, close: closeIncidentAction }} />
    </>
  );
}
