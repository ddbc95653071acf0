import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FeedbackStatusBadge } from "@/components/feedback/feedback-status-badge";
import { pageName } from "@/components/feedback/page-name";
import { CardTable } from "@/components/portal/card-table";
import { localName } from "@/components/portal/local-name";
import { formatDate } from "@/components/reporting/format-date";
import type { FeedbackRow } from "@/lib/feedback/list-feedback";

// The triage list: a card per feedback on a phone, a table from tablets up.
export async function FeedbackTable({ rows, caption }: { rows: FeedbackRow[]; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("feedback"), getLocale()]);
  const link = (row: FeedbackRow) => (
    <Link href={`/admin/feedback/${row.id}`} className="font-semibold break-words text-navy-800 underline">
      {row.excerpt}
    </Link>
  );
  const rating = (row: FeedbackRow) => (row.rating === null ? t("rating.none") : t("rating.outOf", { rating: row.rating }));
  const sender = (row: FeedbackRow) => (row.isAnonymous ? t("admin.anonymous") : row.state ? localName(locale, row.state) : t("admin.noState"));
  const where = (row: FeedbackRow) => (
    <>
      {pageName(t, row.page)}
      <span className="block font-mono text-xs break-all text-slate-600">{row.page}</span>
    </>
  );
  return (
    <CardTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.id}
      card={(row) => (
        <>
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p className="min-w-0 flex-1">{link(row)}</p>
            <FeedbackStatusBadge status={row.status} />
          </div>
          <p className="mt-2 text-sm text-slate-700">
            {t(`categories.${row.category}`)} · {rating(row)} · {sender(row)}
          </p>
          <p className="mt-1 text-sm text-slate-700">
            {pageName(t, row.page)} · {formatDate(locale, row.createdAt, { withTime: true })}
          </p>
        </>
      )}
      columns={[
        { header: t("admin.columns.feedback"), cell: link },
        { header: t("admin.columns.page"), cell: where },
        { header: t("admin.columns.category"), cell: (row) => t(`categories.${row.category}`) },
        { header: t("admin.columns.rating"), className: "whitespace-nowrap", cell: rating },
        { header: t("admin.columns.from"), cell: sender },
        { header: t("admin.columns.sent"), className: "whitespace-nowrap", cell: (row) => formatDate(locale, row.createdAt, { withTime: true }) },
        { header: t("admin.columns.status"), cell: (row) => <FeedbackStatusBadge status={row.status} /> },
      ]}
    />
  );
}
