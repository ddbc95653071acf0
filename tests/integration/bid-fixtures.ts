import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { ActionContext } from "@/lib/auth/context";
import { settleBid } from "@/lib/bids/bid-clock";
import { BidDraftSchema, OfferSchema } from "@/lib/bids/bid-schemas";
import { createBid } from "@/lib/bids/create-bid";
import { evaluateOffer } from "@/lib/bids/evaluate-offers";
import { openFinancialOffers } from "@/lib/bids/open-financial";
import { publishBid } from "@/lib/bids/publish-bid";
import { startAuction } from "@/lib/bids/reverse-auction";
import { submitOffer } from "@/lib/bids/submit-offer";
import type { Db } from "@/lib/db/client";
import { actorByEmail, actorWithRoles, contextOf } from "./admin-fixtures";

// A bid built through the domain use cases, on a clock the fixture moves (ctx.now), up to the
// stage asked for: published, offered (sealed offers in), technical (opened, offers not yet
// evaluated), financial (evaluated and prices opened) or auction (reverse auction running).
//
// The demo buyer (buyer@kraya.demo) runs it for consignee@kraya.demo. Sellers: the demo MSE
// (mse.seller@kraya.demo, micro enterprise), the demo SHG (shg.seller@kraya.demo, not an MSE),
// or verified sellers of the seed with a new administrator each: "firm" (not an MSE, not a
// startup, not an SHG) or "otherMse" (an MSE other than the demo one); each "firm" or "otherMse"
// of one bid is a different seller; or a given seller ({ sellerId }: with a new administrator)
// or seller administrator ({ actor }).

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

export const at = (ctx: ActionContext, now: Date): ActionContext => ({ ...ctx, now });

// "2026-12-05T17:00" in IST, as the bid form's datetime-local fields send it.
export const istField = (date: Date) => new Date(date.getTime() + 330 * MINUTE_MS).toISOString().slice(0, 16);

export type BidItemSpec = { title: string; quantity: number; unit?: string; estimate: string; gstRateBps?: number; specifications?: Record<string, string | undefined> };

export type BidSellerSpec = {
  seller?: "mse" | "shg" | "firm" | "otherMse" | { sellerId: number } | { actor: Actor };
  // Rupees per unit without GST, one per item, in the items' order.
  unitPrices: string[];
  // 50 or more makes a Class-I local supplier (Make in India); default 20.
  localContentPercent?: number;
  // Rejected at the technical evaluation (reason TECHNICAL_NON_COMPLIANCE).
  reject?: boolean;
};

export type BidStage = "published" | "offered" | "technical" | "financial" | "auction";

export type BidFixtureOptions = {
  // When the bid is created and published; every later step is timed from it.
  start?: Date;
  items?: BidItemSpec[];
  sellers?: BidSellerSpec[];
  hasReverseAuction?: boolean;
  reverseAuctionRule?: "LOWEST_HALF" | "ELIMINATE_HIGHEST";
  auctionMinutes?: number;
  auctionDecrementPercent?: string;
  evaluationMethod?: "TOTAL_VALUE" | "ITEM_WISE";
  hasMsePreference?: boolean;
  hasMakeInIndiaPreference?: boolean;
  minOffers?: number;
  type?: "CATALOGUE" | "CUSTOM";
  title?: string;
  // Default: "auction" with a reverse auction, else "financial".
  until?: BidStage;
};

export const DEFAULT_ITEMS: BidItemSpec[] = [
  { title: "Ergonomic office chair", quantity: 50, unit: "Nos", estimate: "8000", gstRateBps: 1800, specifications: { "Seat height": "Adjustable", Warranty: "3 years" } },
];

// Three sellers, L1 the firm, then the MSE, then the SHG (on the default single item).
export const DEFAULT_SELLERS: BidSellerSpec[] = [
  { seller: "firm", unitPrices: ["7000"] },
  { seller: "mse", unitPrices: ["7200"] },
  { seller: "shg", unitPrices: ["7500"] },
];

export type BidSeller = { ctx: ActionContext; actor: Actor; sellerId: number; offerId: number; name: string; isRejected: boolean };

export type BidFixture = {
  bidId: number;
  number: string;
  buyer: ActionContext;
  consignee: Actor;
  paying: Actor;
  sellers: BidSeller[];
  itemIds: number[];
  times: {
    start: Date; submissionDeadline: Date; openingAt: Date; evaluatedAt: Date; financialAt: Date;
    auctionStartedAt: Date | null; auctionEndsAt: Date | null;
  };
};

export async function buildBid(db: Db, options: BidFixtureOptions = {}): Promise<BidFixture> {
  const start = options.start ?? new Date("2026-11-23T04:30:00Z");
  const items = options.items ?? DEFAULT_ITEMS;
  const specs = options.sellers ?? DEFAULT_SELLERS;
  const hasReverseAuction = options.hasReverseAuction ?? true;
  const until = options.until ?? (hasReverseAuction ? "auction" : "financial");
  const stages: BidStage[] = ["published", "offered", "technical", "financial", "auction"];
  const reaches = (stage: BidStage) => stages.indexOf(until) >= stages.indexOf(stage);
  if (until === "auction" && !hasReverseAuction) throw new Error("A bid without a reverse auction stops at the financial opening");

  const [buyerActor, consignee, paying] = await Promise.all(["buyer@kraya.demo", "consignee@kraya.demo", "paying@kraya.demo"].map((email) => actorByEmail(db, email)));
  const buyer = contextOf(buyerActor!);
  const category = await db.category.findFirstOrThrow({ where: { parentId: { not: null } }, orderBy: { id: "asc" }, select: { id: true } });
  const submissionDeadline = new Date(start.getTime() + 12 * DAY_MS);
  const openingAt = new Date(submissionDeadline.getTime() + 30 * MINUTE_MS);

  const form = BidDraftSchema.parse({
    idempotencyKey: randomBytes(12).toString("base64url"), type: options.type ?? "CATALOGUE", title: options.title ?? "Supply of ergonomic office chairs",
    categoryId: String(category.id),
    justification: options.type === "CUSTOM" ? "No category of the catalogue describes this requirement." : undefined,
    itemTitles: items.map((item) => item.title), itemQuantities: items.map((item) => String(item.quantity)), itemUnits: items.map((item) => item.unit ?? "Nos"),
    itemEstimates: items.map((item) => item.estimate), itemGstRates: items.map((item) => String(item.gstRateBps ?? 1800)),
    itemSpecifications: items.map((item) => Object.entries(item.specifications ?? {}).flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${value}`])).join("\n")),
    consigneeUserId: String(consignee!.userId), deliveryAddress: "Main Office, Arera Hills, Bhopal 462011", deliveryDays: "30",
    isMseExemptFromCriteria: true, isStartupExemptFromCriteria: true,
    evaluationMethod: options.evaluationMethod ?? "TOTAL_VALUE", hasReverseAuction,
    reverseAuctionRule: hasReverseAuction ? (options.reverseAuctionRule ?? "ELIMINATE_HIGHEST") : undefined,
    auctionMinutes: hasReverseAuction ? String(options.auctionMinutes ?? 60) : undefined,
    auctionDecrementPercent: hasReverseAuction ? (options.auctionDecrementPercent ?? "0.5") : undefined,
    hasMsePreference: options.hasMsePreference ?? true, hasMakeInIndiaPreference: options.hasMakeInIndiaPreference ?? true,
    minOffers: String(options.minOffers ?? 1),
    clarificationDeadline: istField(new Date(start.getTime() + 5 * DAY_MS)), submissionDeadline: istField(submissionDeadline), openingAt: istField(openingAt),
  });
  const created = await createBid(db, at(buyer, start), form);
  await publishBid(db, at(buyer, start), created.id);
  const bidItems = await db.bidItem.findMany({ where: { bidId: created.id }, orderBy: { id: "asc" }, select: { id: true, specifications: true } });

  const used = new Set<number>();
  const sellers: BidSeller[] = [];
  for (const [index, spec] of specs.entries()) {
    const actor = await sellerActor(db, spec.seller ?? "firm", used);
    if (actor.sellerId === null) throw new Error("A seller administrator without a seller");
    used.add(actor.sellerId);
    const ctx = contextOf(actor);
    let offerId = 0;
    if (reaches("offered")) {
      const complianceKeys = bidItems.flatMap((item) => Object.keys(item.specifications as Record<string, string>).map((name) => `${item.id}:${name}`));
      const offer = OfferSchema.parse({
        bidId: String(created.id), localContentPercent: String(spec.localContentPercent ?? 20),
        complianceKeys, complianceValues: complianceKeys.map(() => "Yes"),
        itemIds: bidItems.map((item) => String(item.id)), unitPrices: spec.unitPrices,
      });
      ({ offerId } = await submitOffer(db, at(ctx, new Date(start.getTime() + DAY_MS + index * MINUTE_MS)), offer));
    }
    const seller = await db.seller.findUniqueOrThrow({ where: { id: actor.sellerId }, select: { legalName: true, tradeName: true } });
    sellers.push({ ctx, actor, sellerId: actor.sellerId, offerId, name: seller.tradeName ?? seller.legalName, isRejected: spec.reject ?? false });
  }

  const evaluatedAt = new Date(openingAt.getTime() + MINUTE_MS);
  const hasRejections = sellers.some((seller) => seller.isRejected);
  const financialAt = new Date(evaluatedAt.getTime() + (hasRejections ? 3 * DAY_MS : 0) + MINUTE_MS);
  const times = { start, submissionDeadline, openingAt, evaluatedAt, financialAt, auctionStartedAt: null as Date | null, auctionEndsAt: null as Date | null };
  if (reaches("financial")) {
    for (const seller of sellers) {
      await evaluateOffer(db, at(buyer, evaluatedAt), seller.isRejected
        ? { offerId: seller.offerId, decision: "REJECT", reasonCode: "TECHNICAL_NON_COMPLIANCE", note: "The offered chair does not meet the seat height specification." }
        : { offerId: seller.offerId, decision: "QUALIFY" });
    }
    await openFinancialOffers(db, at(buyer, financialAt), created.id);
  } else if (reaches("technical")) {
    // Touching the bid after the opening opens it (bid-clock.ts).
    await db.$transaction((tx) => settleBid(tx, created.id, evaluatedAt));
  }
  if (reaches("auction")) {
    const auctionStartedAt = new Date(financialAt.getTime() + MINUTE_MS);
    await startAuction(db, at(buyer, auctionStartedAt), created.id);
    const bid = await db.bid.findUniqueOrThrow({ where: { id: created.id }, select: { auctionEndsAt: true } });
    Object.assign(times, { auctionStartedAt, auctionEndsAt: bid.auctionEndsAt });
  }
  return { bidId: created.id, number: created.number, buyer, consignee: consignee!, paying: paying!, sellers, itemIds: bidItems.map((item) => item.id), times };
}

// The reverse-auction stage in one call: the default sellers unless others are given.
export function buildAuction(db: Db, options: Omit<BidFixtureOptions, "hasReverseAuction" | "until"> = {}): Promise<BidFixture> {
  return buildBid(db, { ...options, hasReverseAuction: true, until: "auction" });
}

async function sellerActor(db: Db, seller: NonNullable<BidSellerSpec["seller"]>, used: Set<number>): Promise<Actor> {
  if (seller === "mse") return actorByEmail(db, "mse.seller@kraya.demo");
  if (seller === "shg") return actorByEmail(db, "shg.seller@kraya.demo");
  if (typeof seller === "object") return "actor" in seller ? seller.actor : actorWithRoles(db, ["SELLER_ADMIN"], { sellerId: seller.sellerId });
  const demo = await db.user.findMany({ where: { email: { in: ["mse.seller@kraya.demo", "shg.seller@kraya.demo"] } }, select: { sellerId: true } });
  const found = await db.seller.findFirstOrThrow({
    where: {
      verificationStatus: "VERIFIED", isShg: false, isStartup: false,
      id: { notIn: [...used, ...demo.map((user) => user.sellerId ?? 0)] },
      ...(seller === "firm" ? { OR: [{ mseClass: null }, { mseClass: "NOT_MSME" }] } : { mseClass: { in: ["MICRO", "SMALL", "MEDIUM"] } }),
    },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return actorWithRoles(db, ["SELLER_ADMIN"], { sellerId: found.id });
}
