import { getTranslations } from "next-intl/server";
import { DetailList, type Detail } from "@/components/portal/detail-list";
import { SectionHeading } from "@/components/portal/section-heading";
import { Card } from "@/components/ui/card";
import type { PublicBid } from "@/lib/bids/public-bids";

// The bid's calendar, in IST.
export async function BidDates({ bid, dateTime }: { bid: PublicBid["bid"]; dateTime: (date: Date) => string }) {
  const t = await getTranslations("publicBids.detail.dates");
  const details: Detail[] = [];
  const add = (label: string, date: Date | null, note?: string) => {
    if (!date) return;
    details.push({ label, value: note ? <>{dateTime(date)}<span className="mt-1 block text-sm font-normal text-slate-700">{note}</span></> : dateTime(date) });
  };
  add(t("published"), bid.publishedAt);
  add(t("clarificationDeadline"), bid.clarificationDeadline);
  add(t("submissionDeadline"), bid.submissionDeadline, bid.isDeadlineExtended ? t("extendedNote") : undefined);
  add(t("opening"), bid.openingAt);
  if (bid.auctionStartedAt && bid.auctionEndsAt) details.push({ label: t("auction"), value: t("auctionRange", { start: dateTime(bid.auctionStartedAt), end: dateTime(bid.auctionEndsAt) }) });
  add(t("awarded"), bid.awardedAt);
  return (
    <Card aria-labelledby="bid-dates">
      <SectionHeading id="bid-dates">{t("title")}</SectionHeading>
      <DetailList details={details} columns={2} />
    </Card>
  );
}
