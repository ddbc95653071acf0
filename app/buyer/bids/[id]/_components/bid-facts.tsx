import { getLocale, getTranslations } from "next-intl/server";
import { istDateTime } from "@/components/bids/ist-date-time";
import { DetailList } from "@/components/portal/detail-list";
import { localName } from "@/components/portal/local-name";
import type { BidDetails } from "@/lib/bids/bid-views";
import { formatRupees } from "@/lib/money/format";

// Under the bid's number: what it buys, its estimated value and its dates.
export async function BidFacts({ bid }: { bid: BidDetails }) {
  const [t, types, locale] = await Promise.all([getTranslations("buyerBids.detail"), getTranslations("bids.type"), getLocale()]);
  const date = (value: Date | null) => istDateTime(locale, value);
  return (
    <div className="mt-2 space-y-4">
      <p className="text-lg font-semibold text-slate-900">{bid.title}</p>
      <p className="text-slate-700">
        {types(bid.type)}
        {bid.category ? ` · ${localName(locale, bid.category)}` : ""}
      </p>
      <DetailList
        columns={3}
        details={[
          { label: t("value"), value: <span className="tabular-nums">{formatRupees(bid.estimatedValuePaise, { withPaise: true })}</span> },
          ...(bid.publishedAt ? [{ label: t("published"), value: date(bid.publishedAt) }] : []),
          { label: t("clarificationDeadline"), value: date(bid.clarificationDeadline) },
          { label: t("submissionDeadline"), value: date(bid.submissionDeadline) },
          { label: t("openingAt"), value: date(bid.openingAt) },
          ...(bid.auctionEndsAt ? [{ label: t("auctionEndsAt"), value: date(bid.auctionEndsAt) }] : []),
        ]}
      />
      {bid.isDeadlineExtended ? <p className="font-semibold text-amber-900">{t("extended")}</p> : null}
    </div>
  );
}
