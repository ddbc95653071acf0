import type { Random } from "./random";
import { DAY_MS, HOUR_MS, istYear, padNumber } from "./seed-config";
import type { SeedContext } from "./seed-context";
import type { BuyerOrganisation } from "./buyers";
import type { SellerRef } from "./sellers";

// Orders above the L1 limit come out of a bid (GFR 2017 rule 149: on GeM a bid, optionally
// followed by a reverse auction): the bid is published about a month before the order,
// several sellers offer, the lowest qualified offer (L1) wins and becomes the order.

export type BidLine = { title: string; unit: string; quantity: number; unitPricePaise: number };

export type BidInput = {
  organisationId: number;
  buyerUserId: number;
  consigneeUserId: number;
  winner: SellerRef;
  rivals: SellerRef[];
  categoryId: number;
  lines: BidLine[];
  totalPaise: number;
  deliveryDays: number;
  deliveryAddress: string;
  placedAtMs: number;
};

const DISQUALIFICATIONS = [
  { code: "EMD_NOT_SUBMITTED", note: "Earnest money deposit or bid security declaration not submitted." },
  { code: "TECHNICAL_NON_COMPLIANCE", note: "Offered product does not meet the bid's key specifications." },
  { code: "EXPERIENCE_NOT_MET", note: "Past performance documents do not meet the bid's criteria." },
] as const;

export class BidWriter {
  private sequence = 0;

  constructor(private readonly ctx: SeedContext) {}

  write(random: Random, input: BidInput): number {
    const { tables } = this.ctx;
    const publishedAtMs = input.placedAtMs - random.int(25, 45) * DAY_MS;
    const submissionDeadlineMs = publishedAtMs + 21 * DAY_MS;
    const openingAtMs = submissionDeadlineMs + HOUR_MS / 2;
    const estimatedValue = Math.round(input.totalPaise * random.float(1.05, 1.2));
    const hasReverseAuction = estimatedValue > 5_000_000_00 && random.chance(0.6);
    const bidId = tables.bid.nextId();
    this.sequence += 1;
    const firstLine = input.lines[0];
    tables.bid.push({
      id: bidId,
      number: `KRY/${istYear(publishedAtMs)}/B/${padNumber(this.sequence, 7)}`,
      type: input.lines.length > 1 ? "BOQ" : "CATALOGUE",
      status: "AWARDED",
      buyerOrganisationId: input.organisationId,
      createdById: input.buyerUserId,
      categoryId: input.categoryId,
      title: input.lines.length > 1 ? `Supply of ${firstLine?.title ?? "goods"} and ${input.lines.length - 1} other item(s)` : `Supply of ${firstLine?.title ?? "goods"}`,
      justification: null,
      estimatedValuePaise: estimatedValue,
      deliveryDays: input.deliveryDays,
      // Turnover and experience criteria, from which MSEs and startups are exempt (Public
      // Procurement Policy for MSEs); bid security of 2-5 % of the estimate (GFR 2017 rule 170).
      minTurnoverPaise: Math.round(estimatedValue * 0.3),
      minExperienceYears: random.int(1, 3),
      emdPaise: estimatedValue > 1_00_00_000_00 ? Math.round(estimatedValue * 0.02) : null,
      hasReverseAuction,
      reverseAuctionRule: hasReverseAuction ? random.pick(["LOWEST_HALF", "ELIMINATE_HIGHEST"] as const) : null,
      auctionMinutes: hasReverseAuction ? 60 : null, auctionDecrementBps: hasReverseAuction ? 50 : null,
      // The seed picks each winner by price alone, so its past bids are recorded without the
      // purchase preferences; their prices opened a day after the offers, and any reverse
      // auction ran for an hour the day after that.
      hasMsePreference: false, hasMakeInIndiaPreference: false,
      financialOpenedAt: openingAtMs + DAY_MS,
      auctionStartedAt: hasReverseAuction ? openingAtMs + 2 * DAY_MS : null, auctionEndsAt: hasReverseAuction ? openingAtMs + 2 * DAY_MS + HOUR_MS : null,
      consigneeUserId: input.consigneeUserId, deliveryAddress: input.deliveryAddress,
      minOffers: 3,
      isDeadlineExtended: random.chance(0.12),
      publishedAt: publishedAtMs,
      clarificationDeadline: publishedAtMs + 7 * DAY_MS,
      submissionDeadline: submissionDeadlineMs,
      openingAt: openingAtMs,
      awardedAt: input.placedAtMs - random.int(1, 3) * DAY_MS,
      createdAt: publishedAtMs - random.int(1, 5) * DAY_MS,
    });

    const bidItemIds = input.lines.map((line) => {
      const id = tables.bidItem.nextId();
      tables.bidItem.push({
        id, bidId, title: line.title, specifications: {}, quantity: line.quantity, unit: line.unit,
        consigneeUserId: input.consigneeUserId, estimatedUnitPricePaise: Math.round(line.unitPricePaise * 1.1),
      });
      return id;
    });
    this.writeOffers(random, input, bidId, bidItemIds, publishedAtMs, submissionDeadlineMs);
    return bidId;
  }

  // One bid of the demo buyer open for offers today, so a demo seller finds a bid to take part in.
  writeOpen(input: { organisation: BuyerOrganisation; categoryId: number; itemTitle: string; unit: string; unitPricePaise: number; nowMs: number }): void {
    const { tables } = this.ctx;
    const quantity = 120;
    const value = input.unitPricePaise * quantity;
    const estimatedValue = value + Math.round(value * 0.18);
    const publishedAtMs = input.nowMs - 2 * DAY_MS;
    const submissionDeadlineMs = input.nowMs + 12 * DAY_MS;
    const bidId = tables.bid.nextId();
    this.sequence += 1;
    tables.bid.push({
      id: bidId, number: `KRY/${istYear(publishedAtMs)}/B/${padNumber(this.sequence, 7)}`, type: "CATALOGUE", status: "PUBLISHED",
      buyerOrganisationId: input.organisation.id, createdById: input.organisation.buyerUserId, categoryId: input.categoryId,
      title: `Supply of ${quantity} ${input.itemTitle}`, justification: null, estimatedValuePaise: estimatedValue, deliveryDays: 30,
      minTurnoverPaise: Math.round(estimatedValue * 0.3), minExperienceYears: 2, emdPaise: Math.round(estimatedValue * 0.02),
      hasReverseAuction: true, reverseAuctionRule: "LOWEST_HALF", auctionMinutes: 60, auctionDecrementBps: 50, minOffers: 3,
      hasMsePreference: true, hasMakeInIndiaPreference: true, financialOpenedAt: null, auctionStartedAt: null, auctionEndsAt: null,
      isDeadlineExtended: false, consigneeUserId: input.organisation.consigneeUserId, deliveryAddress: input.organisation.deliveryAddress,
      publishedAt: publishedAtMs, clarificationDeadline: input.nowMs + 5 * DAY_MS, submissionDeadline: submissionDeadlineMs,
      openingAt: submissionDeadlineMs + HOUR_MS / 2, awardedAt: null, createdAt: publishedAtMs - DAY_MS,
    });
    tables.bidItem.push({
      id: tables.bidItem.nextId(), bidId, title: input.itemTitle, specifications: {}, quantity, unit: input.unit,
      consigneeUserId: input.organisation.consigneeUserId, estimatedUnitPricePaise: input.unitPricePaise,
    });
  }

  private writeOffers(random: Random, input: BidInput, bidId: number, bidItemIds: number[], publishedAtMs: number, deadlineMs: number): void {
    const { tables } = this.ctx;
    const rivals = input.rivals.filter((rival) => rival.id !== input.winner.id && rival.activeFromMs < publishedAtMs);
    const offers = [
      { seller: input.winner, factor: 1, disqualified: null as (typeof DISQUALIFICATIONS)[number] | null },
      ...[...new Map(rivals.map((rival) => [rival.id, rival])).values()].map((seller) => ({
        seller,
        factor: random.float(1.03, 1.25),
        disqualified: random.chance(0.2) ? random.pick(DISQUALIFICATIONS) : null,
      })),
    ];
    const ranked = offers.filter((offer) => offer.disqualified === null).sort((a, b) => a.factor - b.factor);
    for (const offer of offers) {
      const id = tables.bidOffer.nextId();
      const submittedAtMs = random.int(publishedAtMs + DAY_MS, deadlineMs - HOUR_MS);
      const rank = offer.disqualified ? null : ranked.indexOf(offer) + 1;
      tables.bidOffer.push({
        id, bidId, sellerId: offer.seller.id, status: offer.disqualified ? "DISQUALIFIED" : "QUALIFIED",
        technicalCompliance: { specificationsMet: offer.disqualified?.code !== "TECHNICAL_NON_COMPLIANCE", isMse: offer.seller.mseClass === "MICRO" || offer.seller.mseClass === "SMALL" },
        totalPaise: Math.round(input.totalPaise * offer.factor), rank,
        rejectionReasonCode: offer.disqualified?.code ?? null, rejectionNote: offer.disqualified?.note ?? null,
        // The seller's class when it offered, and a declared local content that does not draw
        // from the random stream (so the orders after it do not move).
        mseClass: offer.seller.mseClass, localContentBps: 2000 + ((offer.seller.id * 37) % 60) * 100,
        submittedAt: submittedAtMs, createdAt: submittedAtMs - random.int(1, 48) * HOUR_MS,
        evaluatedAt: deadlineMs + 2 * HOUR_MS, finalAt: submittedAtMs,
      });
      input.lines.forEach((line, index) => {
        tables.bidOfferItem.push({ id: tables.bidOfferItem.nextId(), offerId: id, bidItemId: bidItemIds[index] ?? 0, unitPricePaise: Math.round(line.unitPricePaise * offer.factor) });
      });
    }
  }
}
