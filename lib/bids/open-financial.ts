import "server-only";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db, Tx } from "../db/client";
import { FieldValidationError } from "../errors";
import { isMseClass } from "../reporting/definitions";
import { buyerOfBid } from "./bid-access";
import { settleBid } from "./bid-clock";
import { tellBidSellers } from "./bid-notifications";
import { CLASS_I_LOCAL_CONTENT_BPS } from "./bid-rules";
import { lotsOf, rankOffers, type OfferForAward } from "./award-plan";
import { pendingEvaluation } from "./evaluate-offers";
import { offerLineTotals, scaleLines } from "./offer-prices";

// The financial opening: once every offer is evaluated and every representation settled, the
// buyer opens the qualified offers' prices, which rank them L1, L2, ...
export async function openFinancialOffers(db: Db, ctx: ActionContext, bidId: number): Promise<void> {
  const { role } = await buyerOfBid(db, ctx, bidId);
  const now = nowOf(ctx);
  await db.$transaction(async (tx) => {
    await settleBid(tx, bidId, now);
    const bid = await tx.bid.findUniqueOrThrow({ where: { id: bidId } });
    if (bid.status !== "TECHNICAL_EVALUATION") throw new FieldValidationError({ form: "bids.errors.notInEvaluation" });
    const offers = await tx.bidOffer.findMany({ where: { bidId, status: { in: ["SUBMITTED", "QUALIFIED", "DISQUALIFIED"] } } });
    const pending = pendingEvaluation(offers, now);
    if (pending.unevaluated > 0) throw new FieldValidationError({ form: "bids.errors.unevaluated" });
    if (pending.unanswered > 0 || pending.windowsOpen > 0) throw new FieldValidationError({ form: "bids.errors.representationsPending" });
    if (!offers.some((offer) => offer.status === "QUALIFIED")) throw new FieldValidationError({ form: "bids.errors.noQualified" });
    await tx.bid.update({ where: { id: bidId }, data: { status: "FINANCIAL_EVALUATION", financialOpenedAt: now } });
    const ranked = await rankQualifiedOffers(tx, bidId);
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: "bids.openFinancial", entityType: "Bid", entityId: bidId, organisationId: bid.buyerOrganisationId,
      after: { qualified: ranked.length, l1TotalPaise: ranked[0]?.totalPaise ?? null },
    });
    await tellBidSellers(tx, bid, ranked.map((offer) => offer.sellerId), "financialOpened", now);
  });
}

export type QualifiedOffer = OfferForAward & { sellerId: number };

// The qualified offers with their final line totals (a reverse auction's total spread over the
// lines in their proportions), whether each is an MSE and a Class-I local supplier.
export async function qualifiedOffers(tx: Db | Tx, bidId: number): Promise<{ items: { id: number; quantity: number; gstRateBps: number }[]; offers: QualifiedOffer[] }> {
  const items = await tx.bidItem.findMany({ where: { bidId }, orderBy: { id: "asc" }, select: { id: true, quantity: true, gstRateBps: true } });
  const rows = await tx.bidOffer.findMany({
    where: { bidId, status: "QUALIFIED" },
    orderBy: { id: "asc" },
    select: { id: true, sellerId: true, mseClass: true, localContentBps: true, finalTotalPaise: true, finalAt: true, submittedAt: true, items: { select: { bidItemId: true, unitPricePaise: true } } },
  });
  const offers = rows.map((row) => {
    const lines = offerLineTotals(items, new Map(row.items.map((item) => [item.bidItemId, item.unitPricePaise])));
    return {
      offerId: row.id, sellerId: row.sellerId, at: row.finalAt ?? row.submittedAt ?? new Date(0),
      isMse: isMseClass(row.mseClass), isClassI: (row.localContentBps ?? 0) >= CLASS_I_LOCAL_CONTENT_BPS,
      lineTotals: row.finalTotalPaise === null ? lines : scaleLines(lines, row.finalTotalPaise),
    };
  });
  return { items, offers };
}

// Ranks the qualified offers and writes each one's rank (for a bid evaluated item-wise, the
// rank on the whole is kept for display; each item is ranked on its own at the award).
export async function rankQualifiedOffers(tx: Tx, bidId: number) {
  const { items, offers } = await qualifiedOffers(tx, bidId);
  const [allItems = []] = lotsOf(items, "TOTAL_VALUE");
  const ranked = rankOffers(offers, allItems);
  for (const offer of ranked) await tx.bidOffer.update({ where: { id: offer.offerId }, data: { rank: offer.rank } });
  return ranked;
}
