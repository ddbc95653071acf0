"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { AuctionState } from "@/lib/bids/auction-state";
import { AUCTION_EXTENSION_MINUTES } from "@/lib/bids/bid-rules";
import { formatIndianNumber } from "@/lib/money/format";
import { AuctionBidForm } from "./auction-bid-form";
import { auctionRupees, clockText, useAuctionTime } from "./auction-format";
import { AuctionRanking } from "./auction-ranking";
import { useAuctionStream, useSecondsLeft, type AuctionNews, type Connection } from "./use-auction-stream";

// canBid: false for a seller's staff, who watch but may not bid.
type LiveAuctionProps = { bidId: number; initial: AuctionState; viewer: { kind: "buyer" } | { kind: "seller"; offerId: number; canBid?: boolean } };

const STATUS_TONES: Record<AuctionState["status"], BadgeTone> = { UPCOMING: "neutral", LIVE: "success", CLOSED: "info" };

// A reverse auction as it runs, for the bid's buyer (every offer ranked, with its seller) or a
// seller taking part (its own rank and total, L1 and the highest total it may bid, and the bid
// form). Pass the state as lib/bids/auction-view.ts projects it for the viewer: what the page
// hands over reaches the browser whole. Updates arrive by server-sent events; the countdown
// runs on the server's clock.
export function LiveAuction({ bidId, initial, viewer }: LiveAuctionProps) {
  const t = useTranslations("auction");
  const router = useRouter();
  const timeOf = useAuctionTime();
  const ownOfferId = viewer.kind === "seller" ? viewer.offerId : null;
  const { live, connection } = useAuctionStream(bidId, initial, ownOfferId);
  const { auction } = live;
  const secondsLeft = useSecondsLeft(auction.status === "LIVE" ? auction.endsAt : null, live.offsetMs, initial.serverNow);
  const own = auction.offers.find((offer) => offer.offerId === ownOfferId) ?? null;
  const isTimeUp = auction.status === "LIVE" && secondsLeft === 0;
  const headingId = `auction-${bidId}-title`;

  const newsText = (news: AuctionNews) => {
    if (news.kind === "ended") return t("news.ended");
    if (news.kind === "extended") return t("news.extended", { time: timeOf(news.endsAt) });
    if (news.kind === "rank") return t("news.rank", { rank: news.rank });
    return t("news.l1", { amount: auctionRupees(news.l1Paise) });
  };

  return (
    <section aria-labelledby={headingId} className="space-y-5 rounded-lg border border-navy-100 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={headingId} className="text-xl font-bold text-navy-900">{t("title")}</h2>
        <Badge tone={STATUS_TONES[auction.status]}>{t(`status.${auction.status}`)}</Badge>
      </div>

      {auction.status === "CLOSED" ? (
        <div className="rounded-md border-l-4 border-navy-700 bg-navy-50 p-4">
          <h3 className="text-lg font-bold text-navy-900">{t("ended.heading")}</h3>
          <p className="mt-1 text-slate-800">{t("ended.body")}</p>
          <Button variant="secondary" className="mt-3" onClick={() => router.refresh()}>{t("ended.reload")}</Button>
        </div>
      ) : null}
      {auction.status === "UPCOMING" ? <p className="text-slate-800">{t("upcoming")}</p> : null}

      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {auction.status === "LIVE" ? (
          <Figure label={t("timeLeft")}>
            <span role="timer" className="text-2xl">{clockText(secondsLeft ?? 0)}</span>
          </Figure>
        ) : null}
        {auction.endsAt ? <Figure label={t("endsAt")}>{t("timeValue", { time: timeOf(auction.endsAt) })}</Figure> : null}
        <Figure label={t("l1")}>{auction.l1Paise ? auctionRupees(auction.l1Paise) : t("noL1")}</Figure>
        {viewer.kind === "seller" ? (
          <>
            <Figure label={t("yourRank")}>{own ? t("youAre", { rank: own.rank }) : t("notRanked")}</Figure>
            {own ? <Figure label={t("yourTotal")}>{auctionRupees(own.totalPaise)}</Figure> : null}
            {auction.status === "LIVE" && auction.nextBidMaxPaise ? <Figure label={t("nextMax")}>{auctionRupees(auction.nextBidMaxPaise)}</Figure> : null}
          </>
        ) : null}
        <Figure label={t("participants")}>{formatIndianNumber(auction.participants ?? auction.offers.length)}</Figure>
        <Figure label={t("decrement")}>{t("decrementValue", { percent: String(auction.decrementBps / 100) })}</Figure>
      </dl>

      {live.extendedTo ? (
        <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 font-semibold text-amber-900">
          {t("extended", { minutes: AUCTION_EXTENSION_MINUTES, time: timeOf(live.extendedTo) })}
        </p>
      ) : null}
      {isTimeUp ? <p className="font-semibold text-slate-800">{t("timeUp")}</p> : null}
      {/* What changed, for screen readers: the figures above show it already. */}
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {live.news.map(newsText).join(" ")}
      </p>
      <ConnectionNotice connection={connection} />

      {viewer.kind === "seller" && viewer.canBid !== false && auction.status === "LIVE" ? (
        <AuctionBidForm bidId={bidId} nextBidMaxPaise={auction.nextBidMaxPaise} decrementBps={auction.decrementBps} isOpen={!isTimeUp} />
      ) : null}
      {viewer.kind === "buyer" && auction.status !== "UPCOMING" ? <AuctionRanking offers={auction.offers} /> : null}
    </section>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-md bg-navy-50 p-3">
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-1 break-words text-lg font-semibold tabular-nums text-navy-900">{children}</dd>
    </div>
  );
}

function ConnectionNotice({ connection }: { connection: Connection }) {
  const t = useTranslations("auction.connection");
  if (connection === "lost") return <p className="font-semibold text-amber-900">{t("lost")}</p>;
  if (connection !== "stopped") return null;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p className="font-semibold text-red-800">{t("stopped")}</p>
      <Button variant="secondary" onClick={() => window.location.reload()}>{t("reload")}</Button>
    </div>
  );
}
