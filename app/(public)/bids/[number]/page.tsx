import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { orRefuse } from "@/app/_lib/or-refuse";
import { BidStatusBadge } from "@/components/bids/bid-status-badge";
import { istDateTime } from "@/components/bids/ist-date-time";
import { localName } from "@/components/portal/local-name";
import { RecordHeader } from "@/components/portal/record-header";
import { bidNumberOfParam, readPublicBid } from "@/lib/bids/public-bids";
import { currentTime } from "@/lib/clock";
import { getDatabase } from "@/lib/db/client";
import { BID_RELEASES_PATH } from "@/lib/opendata/list-ocds-bid-releases";
import { BidClarifications } from "./_components/bid-clarifications";
import { BidDates } from "./_components/bid-dates";
import { BidItems } from "./_components/bid-items";
import { BidNotice } from "./_components/bid-notice";
import { BidResult } from "./_components/bid-result";
import { BidTerms } from "./_components/bid-terms";

// Read from the database on every request, never prerendered while building.
export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ number: string }> };

// Read once per request by both the metadata and the page. Seeded numbers hold slashes, which
// links encode (publicBidPath).
const loadBid = cache((param: string) => orRefuse(readPublicBid(getDatabase().db, bidNumberOfParam(param), currentTime())));

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const [{ bid }, t] = await Promise.all([loadBid((await params).number), getTranslations("publicBids.detail")]);
  return { title: `${bid.title} (${t("metaTitle", { number: bid.number })})` };
}

// Public (issue 7, transparency): the bid's terms while it runs, its whole result after the award.
export default async function PublicBidPage({ params }: PageProps) {
  const [{ number }, t, locale] = await Promise.all([params, getTranslations("publicBids.detail"), getLocale()]);
  const { bid, clarifications, result } = await loadBid(number);
  const dateTime = (date: Date) => istDateTime(locale, date);
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6">
      <RecordHeader back={{ href: "/bids", label: t("back") }} title={bid.title} badge={<BidStatusBadge status={bid.status} />} done={null}>
        <p className="mt-2 font-semibold break-all text-slate-900 tabular-nums">{t("numberLine", { number: bid.number })}</p>
        <p className="mt-1 text-slate-800">{t("buyer", { organisation: bid.buyerOrganisation })}</p>
        {bid.category ? <p className="mt-1 text-slate-800">{t("category", { category: localName(locale, bid.category) })}</p> : null}
      </RecordHeader>
      <BidNotice bid={bid} dateTime={dateTime} />
      {result ? <BidResult result={result} awardedAt={bid.awardedAt} /> : null}
      <div className="grid gap-8 lg:grid-cols-2">
        <BidDates bid={bid} dateTime={dateTime} />
        <BidTerms bid={bid} />
      </div>
      <BidItems items={bid.items} />
      <BidClarifications clarifications={clarifications} dateTime={dateTime} />
      <p>
        <a href={`${BID_RELEASES_PATH}/${encodeURIComponent(bid.number)}`} className="font-semibold text-navy-800 underline">
          {t("openData")}
        </a>
      </p>
    </div>
  );
}
