import { getLocale, getTranslations } from "next-intl/server";
import { CardTable } from "@/components/portal/card-table";
import { localName } from "@/components/portal/local-name";
import { OrderTotals } from "@/components/portal/order-totals";
import { formatDate } from "@/components/reporting/format-date";
import { Card } from "@/components/ui/card";
import { formatRupees } from "@/lib/money/format";
import type { OrderRecord } from "@/lib/orders/order-record";
import { ReasonText } from "./reason-text";

type Person = { name: string; designation: string | null };
const personName = (person: Person) => (person.designation ? `${person.name}, ${person.designation}` : person.name);

// Everything both parties see about an order, under the actions: its lines, who and where,
// the invoice and payment, and the history of every step with its time and actor.
export async function OrderDetails({ order }: { order: OrderRecord }) {
  const [t, tc, ts, tr, locale] = await Promise.all([getTranslations("orderLifecycle.details"), getTranslations("cart"), getTranslations("orderStatus"), getTranslations("ratings"), getLocale()]);
  const money = (paise: bigint) => formatRupees(paise, { withPaise: true });
  const date = (value: Date) => formatDate(locale, value, { withTime: true });
  const seller = order.seller.tradeName ?? order.seller.legalName;
  return (
    <>
      <Card aria-labelledby="order-items">
        <h2 id="order-items" className="text-xl font-bold text-navy-900">
          {t("items")}
        </h2>
        <ul className="mt-3 divide-y divide-navy-100">
          {order.items.map((item) => (
            <li key={item.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span>
                <span className="font-semibold">{item.title}</span>
                <span className="block text-sm text-slate-700">
                  {item.acceptedQuantity === null ? t("ordered", { quantity: item.quantity }) : t("acceptedOf", { accepted: item.acceptedQuantity, quantity: item.quantity })} ×{" "}
                  {money(item.unitPricePaise)}
                </span>
              </span>
              <span className="tabular-nums">{money(item.totalPaise)}</span>
            </li>
          ))}
        </ul>
        <OrderTotals valuePaise={order.subtotalPaise} gstPaise={order.taxPaise} totalPaise={order.totalPaise} />
      </Card>
      <Card aria-labelledby="order-people">
        <h2 id="order-people" className="text-xl font-bold text-navy-900">
          {t("people")}
        </h2>
        <ul className="mt-2 space-y-1 text-slate-800">
          <li>{t("deliverTo", { address: order.deliveryAddress, state: localName(locale, order.deliveryState) })}</li>
          <li>{t("seller", { name: seller, state: localName(locale, order.seller.state) })}</li>
          <li>{t("buyer", { name: `${personName(order.buyerUser)} (${order.buyerOrganisation.name})` })}</li>
          <li>{t("consignee", { name: personName(order.consigneeUser) })}</li>
          <li>{t("payingAuthority", { name: personName(order.payingAuthorityUser) })}</li>
          <li>{t("mode", { mode: tc(`modes.${order.buyingMode}.name`) })}</li>
          {order.budgetHead ? <li>{t("budgetHead", { head: order.budgetHead })}</li> : null}
          {order.sanctionReference ? <li>{t("sanction", { reference: order.sanctionReference })}</li> : null}
          {order.deliveryDueAt ? <li>{t("deliveryDue", { date: formatDate(locale, order.deliveryDueAt) })}</li> : null}
          {order.dispatchCarrier ? <li>{t("dispatch", { carrier: order.dispatchCarrier, reference: order.dispatchReference ?? "" })}</li> : null}
          {order.l1DeviationReason ? <li>{t("l1Reason", { reason: order.l1DeviationReason })}</li> : null}
          {order.statusReason ? (
            <li>
              {t("reason", { reason: "" })}
              <ReasonText reason={order.statusReason} />
            </li>
          ) : null}
        </ul>
        {order.isSplitSuspected ? <p className="mt-3 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">{t("splitFlag")}</p> : null}
      </Card>
      {order.invoices.length > 0 ? (
        <Card aria-labelledby="order-money">
          <h2 id="order-money" className="text-xl font-bold text-navy-900">
            {t("money")}
          </h2>
          <ul className="mt-2 space-y-1 text-slate-800">
            {order.invoices.map((invoice) => (
              <li key={invoice.id}>{t("invoice", { number: invoice.number, date: formatDate(locale, invoice.issuedAt), amount: money(invoice.amountPaise), due: formatDate(locale, invoice.dueAt) })}</li>
            ))}
            {order.payments.map((payment) => (
              <li key={payment.id}>
                {t("payment", { amount: money(payment.amountPaise + payment.interestPaise), date: formatDate(locale, payment.paidAt), reference: payment.reference })}
                {payment.daysLate > 0 ? <span className="block font-semibold text-red-800">{t("paymentLate", { count: payment.daysLate, interest: money(payment.interestPaise) })}</span> : null}
              </li>
            ))}
            {order.rating ? <li>{tr("sellerGiven", { score: order.rating.score, timeliness: order.rating.timeliness ?? "—", quality: order.rating.quality ?? "—" })}</li> : null}
            {order.buyerRating ? <li>{tr("buyerGiven", { score: order.buyerRating.paymentSpeed })}</li> : null}
          </ul>
        </Card>
      ) : null}
      <section aria-labelledby="order-history" className="space-y-3">
        <h2 id="order-history" className="text-xl font-bold text-navy-900">
          {t("history")}
        </h2>
        <CardTable
          caption={t("historyCaption")}
          rows={order.events}
          rowKey={(event) => event.id}
          card={(event) => (
            <>
              <p className="font-semibold text-navy-900">{ts(event.toStatus)}</p>
              <p className="text-sm text-slate-700">
                {date(event.createdAt)} · {event.actor?.name ?? t("system")}
              </p>
              {event.note ? <ReasonText reason={event.note} className="mt-1 block text-slate-800" /> : null}
            </>
          )}
          columns={[
            { header: t("when"), className: "whitespace-nowrap", cell: (event) => date(event.createdAt) },
            { header: t("step"), cell: (event) => ts(event.toStatus) },
            { header: t("who"), cell: (event) => event.actor?.name ?? t("system") },
            { header: t("note"), cell: (event) => (event.note ? <ReasonText reason={event.note} /> : "") },
          ]}
        />
      </section>
    </>
  );
}
