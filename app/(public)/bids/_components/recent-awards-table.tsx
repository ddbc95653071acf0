import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CardTable } from "@/components/portal/card-table";
import { formatDate } from "@/components/reporting/format-date";
import { EmptyState } from "@/components/ui/empty-state";
import { publicBidPath, type RecentAward } from "@/lib/bids/public-bids";
import { formatRupees } from "@/lib/money/format";

// The latest awards, each linking to its full result.
export async function RecentAwardsTable({ awards }: { awards: RecentAward[] }) {
  const [t, locale] = await Promise.all([getTranslations("publicBids.list"), getLocale()]);
  if (awards.length === 0) return <EmptyState>{t("noneAwarded")}</EmptyState>;
  const number = (award: RecentAward) => (
    <Link href={publicBidPath(award.number)} className="font-semibold break-all text-navy-800 underline tabular-nums">
      {award.number}
    </Link>
  );
  const awardedOn = (award: RecentAward) => (award.awardedAt ? formatDate(locale, award.awardedAt) : "");
  return (
    <CardTable
      caption={t("awardedCaption")}
      rows={awards}
      rowKey={(award) => award.id}
      tableFrom="md"
      card={(award) => (
        <>
          {number(award)}
          <p className="mt-1 font-semibold text-slate-900">{award.title}</p>
          <p className="mt-1 text-slate-800">{award.buyerOrganisation}</p>
          <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
            <span>{t("awardedOnDate", { date: awardedOn(award) })}</span>
            <span className="font-semibold text-slate-900 tabular-nums">{formatRupees(award.awardedValuePaise, { withPaise: true })}</span>
          </div>
        </>
      )}
      columns={[
        { header: t("number"), className: "whitespace-nowrap", cell: number },
        { header: t("bidTitle"), cell: (award) => award.title },
        { header: t("buyer"), cell: (award) => award.buyerOrganisation },
        { header: t("awardedOn"), className: "whitespace-nowrap", cell: awardedOn },
        { header: t("awardedValue"), className: "text-right whitespace-nowrap tabular-nums", cell: (award) => formatRupees(award.awardedValuePaise, { withPaise: true }) },
      ]}
    />
  );
}
