import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CardTable } from "@/components/portal/card-table";
import { localName } from "@/components/portal/local-name";
import { formatDate } from "@/components/reporting/format-date";
import type { OrganisationForReviewRow } from "@/lib/admin/list-organisations-for-review";
import { VerificationBadge } from "./verification-badge";

export async function OrganisationsTable({ rows, caption }: { rows: OrganisationForReviewRow[]; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const government = (row: OrganisationForReviewRow) => (row.state ? localName(locale, row.state) : t("identity.central"));
  const department = (row: OrganisationForReviewRow) => localName(locale, { name: row.departmentName, nameHi: row.departmentNameHi });
  const link = (row: OrganisationForReviewRow) => (
    <Link href={`/admin/organisations/${row.id}`} className="font-semibold text-navy-800 underline">
      {row.name}
    </Link>
  );
  return (
    <CardTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.id}
      tableFrom="md"
      card={(row) => (
        <>
          <p>{link(row)}</p>
          <p className="mt-1 text-sm text-slate-700">
            {t(`organisationType.${row.type}`)} · {department(row)}
          </p>
          <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
            <span>
              {government(row)} · {formatDate(locale, row.createdAt)}
            </span>
            <VerificationBadge status={row.verificationStatus} />
          </div>
        </>
      )}
      columns={[
        {
          header: t("organisationReview.columns.organisation"),
          cell: (row) => (
            <>
              {link(row)}
              <span className="block text-sm text-slate-700">{t(`organisationType.${row.type}`)}</span>
            </>
          ),
        },
        { header: t("organisationReview.columns.department"), cell: department },
        { header: t("organisationReview.columns.government"), cell: government },
        { header: t("organisationReview.columns.registered"), className: "whitespace-nowrap", cell: (row) => formatDate(locale, row.createdAt) },
        { header: t("organisationReview.columns.status"), cell: (row) => <VerificationBadge status={row.verificationStatus} /> },
      ]}
    />
  );
}
