import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";
import { activityMessageKey, ORGANISATION_ACTIONS, type ActivityEntry } from "@/lib/buyers/list-organisation-activity";

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

// Each audit event as a sentence: "Dr Kavita Dwivedi created user Ravi Kumar (Buyer, Consignee)".
export async function ActivityList({ entries }: { entries: ActivityEntry[] }) {
  const [t, tRoles, tReason, locale] = await Promise.all([
    getTranslations("buyerPortal.activity"),
    getTranslations("roles"),
    getTranslations("rejectionReason"),
    getLocale(),
  ]);
  function sentence(entry: ActivityEntry): string {
    const actor = entry.actorName ?? t("system");
    if (!ORGANISATION_ACTIONS.some((action) => action === entry.action)) return t("actions.other", { actor, action: entry.action });
    const roles = Array.isArray(entry.data.roles) ? entry.data.roles.map((role) => tRoles(text(role))).join(", ") : "";
    const reason = text(entry.data.reasonCode);
    return t(`actions.${activityMessageKey(entry.action)}`, { actor, name: text(entry.data.name), roles, reason: reason ? tReason(reason) : "" });
  }
  return (
    <ol className="divide-y divide-navy-100 rounded-lg border border-navy-100 bg-white shadow-sm">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-6">
          <p className="text-slate-900">{sentence(entry)}</p>
          <p className="shrink-0 text-sm whitespace-nowrap text-slate-700">
            <time dateTime={entry.createdAt.toISOString()}>{formatDate(locale, entry.createdAt, { withTime: true })}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
