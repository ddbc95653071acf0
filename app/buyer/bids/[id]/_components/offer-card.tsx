import { getLocale, getTranslations } from "next-intl/server";
import { OfferStatusBadge } from "@/components/bids/bid-status-badge";
import { istDateTime } from "@/components/bids/ist-date-time";
import type { FormAction } from "@/components/forms/zod-form";
import { DetailList } from "@/components/portal/detail-list";
import { DataTable } from "@/components/ui/data-table";
import type { BidDetails } from "@/lib/bids/bid-views";
import type { OfferRow } from "@/lib/bids/sealed-offers";
import { formatRupees } from "@/lib/money/format";
import { OfferDecision } from "./offer-decision";
import { sellerName } from "./seller-name";
import { textRecord } from "./text-record";

// One technical offer: the seller's declarations and its answer to each specification, then
// the buyer's decision on it.
export async function OfferCard({ offer, items, now, actions }: { offer: OfferRow; items: BidDetails["items"]; now: Date; actions: { evaluate: FormAction; reply: FormAction } }) {
  const [t, tr, locale] = await Promise.all([getTranslations("buyerBids.offer"), getTranslations(), getLocale()]);
  const answers = textRecord(offer.technicalCompliance);
  const compliance = items.flatMap((item) => Object.entries(textRecord(item.specifications)).map(([name, asked]) => ({ key: `${item.id}:${name}`, item: item.title, name, asked })));
  const headingId = `offer-${offer.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-lg border border-navy-100 p-4 sm:p-5">
      <div className="flex flex-wrap items-center gap-3">
        <h3 id={headingId} className="text-lg font-bold text-navy-900">
          {sellerName(offer.seller)}
        </h3>
        <OfferStatusBadge status={offer.status} />
      </div>
      <DetailList
        columns={3}
        details={[
          { label: t("mseClass"), value: offer.mseClass ? tr(`mseClass.${offer.mseClass}`) : t("notGiven") },
          { label: t("startup"), value: offer.isStartup ? t("yes") : t("no") },
          { label: t("localContent"), value: offer.localContentBps === null ? t("notGiven") : `${offer.localContentBps / 100} %` },
          { label: t("turnover"), value: offer.declaredTurnoverPaise === null ? t("notGiven") : formatRupees(offer.declaredTurnoverPaise) },
          { label: t("experience"), value: offer.declaredExperienceYears === null ? t("notGiven") : t("years", { count: offer.declaredExperienceYears }) },
          { label: t("emdReference"), value: offer.emdReference ?? t("notGiven") },
          { label: t("submittedAt"), value: istDateTime(locale, offer.submittedAt) },
        ]}
      />
      {compliance.length === 0 ? (
        <p className="text-slate-700">{t("noSpecifications")}</p>
      ) : (
        <DataTable
          caption={t("complianceCaption", { seller: sellerName(offer.seller) })}
          rows={compliance}
          rowKey={(row) => row.key}
          columns={[
            { header: t("specification"), cell: (row) => `${row.item}: ${row.name}` },
            { header: t("asked"), cell: (row) => row.asked },
            { header: t("offered"), cell: (row) => answers[row.key] ?? "—" },
          ]}
        />
      )}
      <OfferDecision offer={offer} now={now} actions={actions} />
    </article>
  );
}
