import { getTranslations } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";
import type { SellerForReview } from "@/lib/admin/seller-review";
import { EmptyState } from "@/components/ui/empty-state";

// The seller's trail in the audit log: who decided what, and when.
export async function SellerHistory({ history, locale }: { history: SellerForReview["history"]; locale: string }) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="history" className="space-y-4">
      <h2 id="history" className="text-xl font-bold text-navy-900">
        {t("adminSellers.detail.history")}
      </h2>
      {history.length === 0 ? (
        <EmptyState>{t("adminSellers.detail.noHistory")}</EmptyState>
      ) : (
        <ol aria-label={t("adminSellers.detail.historyCaption")} className="divide-y divide-navy-100 rounded-lg border border-navy-100 bg-white shadow-sm">
          {history.map((event) => (
            <li key={String(event.id)} className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 py-3">
              <span className="font-semibold text-navy-900">
                <code>{event.action}</code>
              </span>
              <span className="text-slate-800">
                {event.actor?.name ?? t("adminSellers.detail.system")}
                {event.actorRole ? ` (${t.has(`roles.${event.actorRole}`) ? t(`roles.${event.actorRole}`) : event.actorRole})` : ""}
              </span>
              <span className="text-sm text-slate-700">{formatDate(locale, event.createdAt, { withTime: true })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
