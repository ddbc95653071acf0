import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { CloseIncidentForm } from "@/components/orders/incident-forms";
import { formatDate } from "@/components/reporting/format-date";
import { Card } from "@/components/ui/card";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { listEscalatedIncidents } from "@/lib/orders/incidents";
import { settleIncidentAction } from "./actions";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("incidents.admin");
  return { title: t("title") };
}

// Incidents between buyers and sellers that stayed open for 7 days, in the admin's area.
export default async function AdminIncidentsPage() {
  await requirePortal("admin", "/admin/incidents");
  const [t, types, status, locale, ctx] = await Promise.all([getTranslations("incidents"), getTranslations("incidentTypes"), getTranslations("incidentStatus"), getLocale(), actionContext()]);
  const incidents = await listEscalatedIncidents(getDatabase().db, ctx);
  const date = (value: Date) => formatDate(locale, value, { withTime: true });
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("admin.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("admin.intro")}</p>
      </div>
      {incidents.length === 0 ? <EmptyState>{t("admin.none")}</EmptyState> : null}
      {incidents.map((incident) => (
        <Card key={incident.id} aria-labelledby={`incident-${incident.id}`}>
          <h2 id={`incident-${incident.id}`} className="text-lg font-bold text-navy-900">
            {types(incident.type)} · {status(incident.status)}
          </h2>
          {incident.order ? (
            <p className="text-slate-800">
              {t("admin.order", {
                number: incident.order.number,
                buyer: incident.order.buyerOrganisation.name,
                seller: incident.order.seller.tradeName ?? incident.order.seller.legalName,
              })}
            </p>
          ) : null}
          <p className="mt-1 text-sm text-slate-700">{t("raisedBy", { name: incident.raisedBy.name, date: date(incident.createdAt) })}</p>
          {incident.escalatedAt ? <p className="text-sm text-slate-700">{t("escalated", { date: date(incident.escalatedAt) })}</p> : null}
          <p className="mt-2 whitespace-pre-line text-slate-800">{incident.description}</p>
          <p className="mt-2 text-slate-800">{incident.answer ? t("admin.answer", { answer: incident.answer }) : t("admin.noAnswer")}</p>
          {incident.resolution ? <p className="mt-2 font-semibold text-slate-900">{t("resolution", { resolution: incident.resolution })}</p> : null}
          {incident.status === "OPEN" || incident.status === "UNDER_REVIEW" ? (
            <div className="mt-4">
              <CloseIncidentForm incidentId={incident.id} action={settleIncidentAction} asAdmin />
            </div>
          ) : null}
        </Card>
      ))}
    </>
  );
}
