import { getTranslations } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";
import type { AuditEventRow } from "@/lib/admin/audit-log";
import { AuditDiff } from "./audit-diff";
import { EmptyState } from "@/components/ui/empty-state";

// A table from laptop width, one card per event on smaller screens; only one is displayed,
// so assistive technology meets each event once.
export async function AuditEvents({ events, locale }: { events: AuditEventRow[]; locale: string }) {
  const t = await getTranslations();
  if (events.length === 0) return <EmptyState>{t("adminAudit.none")}</EmptyState>;
  const role = (event: AuditEventRow) => (event.actorRole ? (t.has(`roles.${event.actorRole}`) ? t(`roles.${event.actorRole}`) : event.actorRole) : null);
  const who = (event: AuditEventRow) => (
    <>
      <span className="font-semibold">{event.actor ? event.actor.name : t("adminAudit.system")}</span>
      {role(event) ? <span className="text-slate-700"> ({role(event)})</span> : null}
      {event.actor ? <span className="block text-sm break-all text-slate-700">{event.actor.email}</span> : null}
    </>
  );
  const when = (event: AuditEventRow) => formatDate(locale, event.createdAt, { withTime: true });
  const record = (event: AuditEventRow) => `${event.entityType} ${event.entityId}`;
  // What happened in words, with the stable code beneath (the code is what the filter takes).
  const action = (event: AuditEventRow) => (
    <>
      {t.has(`auditActions.${event.action}`) ? <span className="block font-semibold text-navy-900">{t(`auditActions.${event.action}`)}</span> : null}
      <code className="text-sm text-slate-700">{event.action}</code>
    </>
  );

  return (
    <>
      <ol aria-label={t("adminAudit.tableCaption")} className="space-y-3 lg:hidden">
        {events.map((event) => (
          <li key={event.id} className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
            <p className="flex flex-wrap justify-between gap-x-4">
              <span>{action(event)}</span>
              <span className="text-sm text-slate-700">{record(event)}</span>
            </p>
            <p className="mt-1">{who(event)}</p>
            <p className="mt-1 text-sm text-slate-700">
              {when(event)} · {event.ip ?? "—"}
            </p>
            <AuditDiff before={event.before} after={event.after} data={event.data} />
          </li>
        ))}
      </ol>
      <div className="hidden overflow-x-auto rounded-lg border border-navy-100 bg-white shadow-sm lg:block">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("adminAudit.tableCaption")}</caption>
          <thead className="bg-navy-50 text-sm text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">{t("adminAudit.columns.when")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("adminAudit.columns.who")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("adminAudit.columns.action")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("adminAudit.columns.record")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("adminAudit.columns.ip")}</th>
            </tr>
          </thead>
          {events.map((event) => (
            <tbody key={event.id} className="border-t border-navy-100">
              <tr className="align-top">
                <td className="px-4 pt-3 whitespace-nowrap">{when(event)}</td>
                <td className="px-4 pt-3">{who(event)}</td>
                <th scope="row" className="px-4 pt-3 font-normal">
                  {action(event)}
                </th>
                <td className="px-4 pt-3 whitespace-nowrap">{record(event)}</td>
                <td className="px-4 pt-3 whitespace-nowrap">{event.ip ?? "—"}</td>
              </tr>
              <tr>
                <td colSpan={5} className="px-4 pb-2">
                  <AuditDiff before={event.before} after={event.after} data={event.data} />
                </td>
              </tr>
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
