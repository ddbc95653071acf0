import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";
import { Card } from "@/components/ui/card";
import type { FormAction } from "@/components/forms/zod-form";
import { incidentSide } from "@/lib/orders/incident-side";
import type { OrderRecord } from "@/lib/orders/order-record";
import { AnswerIncidentForm, CloseIncidentForm, RaiseIncidentForm } from "./incident-forms";

type Actions = { raise: FormAction; answer: FormAction; close: FormAction };

// The order's incidents as its parties see them: each with its answer and outcome; the other
// side answers an open one, its raiser closes it; anyone of either side raises a new one.
export async function IncidentsSection({ order, side, actions }: { order: OrderRecord; side: "buyer" | "seller"; actions: Actions }) {
  const [t, types, status, locale] = await Promise.all([getTranslations("incidents"), getTranslations("incidentTypes"), getTranslations("incidentStatus"), getLocale()]);
  const date = (value: Date) => formatDate(locale, value, { withTime: true });
  return (
    <Card aria-labelledby="order-incidents">
      <h2 id="order-incidents" className="text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      {order.incidents.length === 0 ? <p className="mt-3 text-slate-800">{t("none")}</p> : null}
      <ul className="mt-3 space-y-4">
        {order.incidents.map((incident) => {
          const raisedBySide = incidentSide(incident.raisedBy.sellerId, order.sellerId);
          const isOpen = incident.status === "OPEN" || incident.status === "UNDER_REVIEW";
          return (
            <li key={incident.id} className="rounded-md border border-navy-100 p-4">
              <p className="font-semibold text-navy-900">
                {types(incident.type)} · {status(incident.status)}
              </p>
              <p className="text-sm text-slate-700">{t("raisedBy", { name: incident.raisedBy.name, date: date(incident.createdAt) })}</p>
              <p className="mt-1 whitespace-pre-line text-slate-800">{incident.description}</p>
              {incident.answer && incident.answeredAt ? (
                <div className="mt-2 border-l-4 border-navy-200 pl-3">
                  <p className="text-sm text-slate-700">{t("answeredBy", { name: incident.answeredBy?.name ?? "", date: date(incident.answeredAt) })}</p>
                  <p className="whitespace-pre-line text-slate-800">{incident.answer}</p>
                </div>
              ) : null}
              {incident.escalatedAt ? <p className="mt-2 text-sm font-semibold text-amber-900">{t("escalated", { date: date(incident.escalatedAt) })}</p> : null}
              {incident.resolution ? <p className="mt-2 text-slate-800">{t("resolution", { resolution: incident.resolution })}</p> : null}
              {isOpen && raisedBySide !== side ? (
                <div className="mt-3">
                  <AnswerIncidentForm incidentId={incident.id} action={actions.answer} />
                </div>
              ) : null}
              {isOpen && raisedBySide === side ? (
                <div className="mt-3">
                  <CloseIncidentForm incidentId={incident.id} action={actions.close} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <h3 className="mt-6 text-lg font-bold text-navy-900">{t("raise.title")}</h3>
      <div className="mt-2">
        <RaiseIncidentForm orderId={order.id} action={actions.raise} />
      </div>
    </Card>
  );
}
