import { getTranslations } from "next-intl/server";
import { ListingStatusBadge } from "@/components/catalogue/listing-status-badge";
import { formatDate } from "@/components/reporting/format-date";
import type { ListingImportRow } from "@/lib/catalogue/import/list-listing-imports";
import { formatIndianNumber } from "@/lib/money/format";
import { EmptyState } from "@/components/ui/empty-state";

// The seller's earlier uploads and what the admins decided on their listings so far.
export async function ImportHistory({ imports, locale }: { imports: ListingImportRow[]; locale: string }) {
  const t = await getTranslations("listingImport.history");
  return (
    <section aria-labelledby="import-history" className="space-y-4">
      <h2 id="import-history" className="text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      {imports.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ul aria-label={t("caption")} className="divide-y divide-navy-100 rounded-lg border border-navy-100 bg-white shadow-sm">
          {imports.map((item) => (
            <li key={item.id} className="grid gap-2 p-4 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] md:gap-6">
              <div className="min-w-0">
                <p className="font-semibold break-words text-navy-900">{item.fileName}</p>
                <p className="text-sm text-slate-700">
                  {t("uploaded")}: {formatDate(locale, item.createdAt, { withTime: true })}
                </p>
                <p className="text-sm text-slate-700">
                  {t("rows")}: {formatIndianNumber(item.rowCount)} · {t("imported")}: {formatIndianNumber(item.importedCount)} · {t("errors")}: {formatIndianNumber(item.errorCount)}
                </p>
              </div>
              <div>
                <p className="sr-only">{t("outcome")}</p>
                <p className="flex flex-wrap gap-2">
                  {item.statuses.map((status) => (
                    <ListingStatusBadge key={status.status} status={status.status} count={status.count} />
                  ))}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
