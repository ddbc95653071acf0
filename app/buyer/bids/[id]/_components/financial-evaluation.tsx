import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/components/forms/zod-form";
import { FormCard } from "@/components/portal/form-card";
import type { BidDetails } from "@/lib/bids/bid-views";
import type { OfferRow } from "@/lib/bids/sealed-offers";
import { AwardSection } from "./award-section";
import { RankingTable } from "./ranking-table";
import { BidStepForm } from "./step-forms";

type Actions = { startAuction: FormAction; award: FormAction };

// After the financial opening: the ranking, then the reverse auction when the bid has one
// that can run (two or more qualified offers) and has not yet, else the award.
export async function FinancialEvaluation({ bid, offers, buyerUserId, actions }: { bid: BidDetails; offers: OfferRow[]; buyerUserId: number; actions: Actions }) {
  const [t, rules] = await Promise.all([getTranslations("buyerBids.auction"), getTranslations("bids.reverseAuctionRule")]);
  const qualified = offers.filter((offer) => offer.status === "QUALIFIED").length;
  const auctionDue = bid.hasReverseAuction && bid.auctionStartedAt === null;
  return (
    <>
      <RankingTable offers={offers} afterAuction={bid.auctionStartedAt !== null} />
      {auctionDue && qualified >= 2 && bid.reverseAuctionRule ? (
        <FormCard id="start-auction" title={t("startTitle")} level={2}>
          <p className="mb-4 text-slate-700">
            {t("startText", { rule: rules(bid.reverseAuctionRule), minutes: bid.auctionMinutes ?? 0, percent: (bid.auctionDecrementBps ?? 0) / 100 })}
          </p>
          <BidStepForm bidId={bid.id} action={actions.startAuction} submitLabel={t("start")} idPrefix="auction-" />
        </FormCard>
      ) : (
        <>
          {auctionDue ? <p className="rounded-md border-l-4 border-navy-600 bg-navy-50 p-3 text-slate-800">{t("tooFew")}</p> : null}
          <AwardSection bid={bid} offers={offers} buyerUserId={buyerUserId} action={actions.award} />
        </>
      )}
    </>
  );
}
