import { getTranslations } from "next-intl/server";
import { getIstFormatter } from "@/components/bids/ist-date-time";
import { DetailList, type Detail } from "@/components/portal/detail-list";
import { Card } from "@/components/ui/card";
import { AUTOMATIC_EXTENSION_DAYS } from "@/lib/bids/bid-rules";
import type { SellerBid } from "./seller-bid-view";

const DATES = ["publishedAt", "clarificationDeadline", "submissionDeadline", "openingAt", "financialOpenedAt", "auctionStartedAt", "auctionEndsAt", "awardedAt"] as const;

// The bid's timetable so far, in IST, and the one automatic extension when it happened.
export async function BidDates({ bid }: { bid: SellerBid }) {
  const [t, ist] = await Promise.all([getTranslations("sellerBids.dates"), getIstFormatter()]);
  const details: Detail[] = DATES.flatMap((field) => {
    const date = bid[field];
    return date ? [{ label: t(field), value: ist(date) }] : [];
  });
  return (
    <Card aria-labelledby="dates-title">
      <h2 id="dates-title" className="mb-4 text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <DetailList details={details} columns={3} />
      {bid.isDeadlineExtended ? (
        <p className="mt-4 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">{t("extended", { minOffers: bid.minOffers, days: AUTOMATIC_EXTENSION_DAYS })}</p>
      ) : null}
    </Card>
  );
}
