import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import { formatDate } from "@/components/reporting/format-date";
import type { OrganisationForReviewRow } from "@/lib/admin/list-organisations-for-review";
import { VerificationBadge } from "./verification-badge";

// One card per organisation on a phone, a table from tablets up; only one is displayed.
export async function OrganisationsTable({ rows, caption }: { rows: OrganisationForReviewRow[]; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const government = (row: OrganisationForReviewRow) => (row.state ? localName(locale, row.state) : t("identity.central"));
  const link = (row: OrganisationForReviewRow) => (
    <Link href={`/admin/organisations/${row.id}`} className="font-semibold text-navy-800 underline">
      {row.name}
    </Link>
  );
  return (
    <>
      <ul aria-label={caption} className="space-y-3 md:hidden">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
            <p>{link(row)}</p>
            <p className="mt-1 text-sm text-slate-700">
              {t(`organisationType.${row.type}`)} · {localName(locale, { name: row.departmentName, nameHi: row.departmentNameHi })}
            </p>
            <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
              <span>
                {government(row)} · {formatDate(locale, row.createdAt)}
              </span>
              <VerificationBadge status={row.verificationStatus} />
            </div>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-navy-100 bg-white shadow-sm md:block">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-navy-50 text-sm text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">{t("organisationReview.columns.organisation")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("organisationReview.columns.department")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("organisationReview.columns.government")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("organisationReview.columns.registered")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("organisationReview.columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-navy-100 align-top">
                <th scope="row" className="px-4 py-3 font-normal">
                  {link(row)}
                  <span className="block text-sm text-slate-700">{t(`organisationType.${row.type}`)}</span>
                </th>
                <td className="px-4 py-3">{localName(locale, { name: row.departmentName, nameHi: row.departmentNameHi })}</td>
                <td className="px-4 py-3">{government(row)}</td>
                <td className="px-4 py-3 whitespace-nowrap">{formatDate(locale, row.createdAt)}</td>
                <td className="px-4 py-3">
                  <VerificationBadge status={row.verificationStatus} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
