import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/portal/section-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { bpsAsPercent, formatIndianNumber, formatRupees } from "@/lib/money/format";
import type { InclusionDashboard, InclusionFigures } from "@/lib/reporting/inclusion-dashboard";
import { placeTitle, rowName } from "./inclusion-names";
import { addressOf, inclusionHref, rowHref } from "./inclusion-params";

const number = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

// A plain table rather than cards on a phone: officials compare places across the columns,
// and the same table prints. The footer is the total shown in the figures above.
export async function InclusionTable({ dashboard }: { dashboard: InclusionDashboard }) {
  const [t, locale] = await Promise.all([getTranslations("inclusion"), getLocale()]);
  const { rowLevel } = dashboard;
  const bySeller = rowLevel === "SELLER";
  const percent = (bps: number | null) => (bps === null ? t("noShare") : t("percent", { value: bpsAsPercent(bps, 1) }));
  const cells = (figures: InclusionFigures) => (
    <>
      {bySeller ? null : <td className={number}>{formatIndianNumber(figures.sellers)}</td>}
      <td className={number}>{formatIndianNumber(figures.productsUploaded)}</td>
      <td className={number}>{formatIndianNumber(figures.productsApproved)}</td>
      <td className={number}>{formatIndianNumber(figures.ordersReceived)}</td>
      <td className={number}>{formatIndianNumber(figures.ordersFulfilled)}</td>
      <td className={number}>{percent(figures.fulfilledBps)}</td>
      <td className={number}>{formatRupees(figures.valuePaise)}</td>
    </>
  );
  const headers = [...(bySeller ? [] : ["sellers"] as const), "uploaded", "approved", "received", "fulfilled", "fulfilledShare", "value"] as const;
  const csvHref = inclusionHref(addressOf(dashboard), "/admin/reports/inclusion/csv");
  const by = t(`table.${rowLevel}`);

  const caption = t("table.caption", { group: t(`groups.${dashboard.group}`), place: placeTitle(t, locale, dashboard.place), by });
  return (
    <section aria-labelledby="inclusion-table">
      <SectionHeading id="inclusion-table" note={t("table.note")}>
        {by}
      </SectionHeading>
      <p className="mb-3 print:hidden">
        <a href={csvHref} className="font-semibold text-navy-800 underline hover:no-underline">
          {t("table.csv")}
        </a>
      </p>
      {dashboard.rows.length === 0 ? (
        <EmptyState>{t("table.empty")}</EmptyState>
      ) : (
        <div tabIndex={0} role="region" aria-label={caption} className="overflow-x-auto rounded-lg border border-navy-100 bg-white shadow-sm print:overflow-visible print:shadow-none">
          <table className="w-full border-collapse text-left print:text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-navy-50 text-sm text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t(`table.place.${rowLevel}`)}
                </th>
                {headers.map((header) => (
                  <th key={header} scope="col" className={`${number} font-semibold`}>
                    {t(`table.${header}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dashboard.rows.map((row) => {
                const href = rowHref(dashboard, row);
                const name = rowName(t, locale, row);
                return (
                  <tr key={row.id ?? "none"} className="border-t border-navy-100 align-top">
                    <th scope="row" className="px-3 py-2 font-normal">
                      {href ? (
                        <Link href={href} className="text-navy-800 underline hover:no-underline">
                          {name}
                        </Link>
                      ) : (
                        name
                      )}
                    </th>
                    {cells(row.figures)}
                  </tr>
                );
              })}
            </tbody>
            <tfoot className="border-t-2 border-navy-200 font-semibold">
              <tr>
                <th scope="row" className="px-3 py-2">
                  {t("table.total")}
                </th>
                {cells(dashboard.totals)}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
