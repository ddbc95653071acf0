import { randomBytes } from "node:crypto";
import type { ActionContext } from "@/lib/auth/context";
import { BidDraftSchema, OfferSchema } from "@/lib/bids/bid-schemas";
import { createBid } from "@/lib/bids/create-bid";
import { publishBid } from "@/lib/bids/publish-bid";
import type { Db } from "@/lib/db/client";
import { actorByEmail, actorWithRoles, contextOf } from "./admin-fixtures";
import { at, DAY_MS, istField, MINUTE_MS } from "./bid-fixtures";

// The bid, step by step in a test's own hands: a Rs 25 lakh catalogue bid of 100 desks
// published by the demo buyer at T0 (offers due 12 days later, opening 30 minutes after that,
// reverse auction on the lowest half, both preferences), and the sellers who offer on it.

export const T0 = new Date("2026-11-23T04:30:00Z");
export const after = (days: number, minutes = 0) => new Date(T0.getTime() + days * DAY_MS + minutes * MINUTE_MS);

// The demo buyer side, the demo MSE and SHG sellers, and a verified seller that is neither an
// MSE, a startup nor an SHG, with a new administrator.
export async function deskBidParties(db: Db) {
  const [buyer, consignee, paying, mse, shg] = await Promise.all(
    ["buyer@kraya.demo", "consignee@kraya.demo", "paying@kraya.demo", "mse.seller@kraya.demo", "shg.seller@kraya.demo"].map((email) => actorByEmail(db, email)),
  );
  const firmSeller = await db.seller.findFirstOrThrow({
    where: { verificationStatus: "VERIFIED", isShg: false, isStartup: false, OR: [{ mseClass: null }, { mseClass: { in: ["MEDIUM", "NOT_MSME"] } }] },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const firm = await actorWithRoles(db, ["SELLER_ADMIN"], { sellerId: firmSeller.id });
  return { buyer: contextOf(buyer!), consignee: consignee!, paying: paying!, mse: contextOf(mse!), shg: contextOf(shg!), firm: contextOf(firm) };
}

export type DeskBidParties = Awaited<ReturnType<typeof deskBidParties>>;

export async function firstLeafCategoryId(db: Db): Promise<number> {
  return (await db.category.findFirstOrThrow({ where: { parentId: { not: null } }, orderBy: { id: "asc" }, select: { id: true } })).id;
}

export function deskBidForm(consigneeUserId: number, categoryId: number, overrides: Record<string, unknown> = {}) {
  return BidDraftSchema.parse({
    idempotencyKey: randomBytes(12).toString("base64url"), type: "CATALOGUE", title: "Supply of 100 office desks", categoryId,
    itemTitles: ["Office desk, engineered wood"], itemQuantities: ["100"], itemUnits: ["Nos"], itemEstimates: ["21186.44"], itemGstRates: ["1800"],
    itemSpecifications: ["Width: 1200 mm\nMaterial: Engineered wood"], consigneeUserId, deliveryAddress: "Main Office, Arera Hills, Bhopal 462011",
    deliveryDays: 30, minTurnover: "5000000", minExperienceYears: 3, isMseExemptFromCriteria: true, isStartupExemptFromCriteria: true, emd: "50000",
    evaluationMethod: "TOTAL_VALUE", hasReverseAuction: true, reverseAuctionRule: "LOWEST_HALF", auctionMinutes: 30, auctionDecrementPercent: "0.5",
    hasMsePreference: true, hasMakeInIndiaPreference: true, minOffers: 3,
    clarificationDeadline: istField(after(5)), submissionDeadline: istField(after(12)), openingAt: istField(after(12, 30)),
    ...overrides,
  });
}

export async function publishDeskBid(db: Db, buyer: ActionContext, consigneeUserId: number, overrides: Record<string, unknown> = {}) {
  const created = await createBid(db, at(buyer, T0), deskBidForm(consigneeUserId, await firstLeafCategoryId(db), overrides));
  await publishBid(db, at(buyer, T0), created.id);
  return db.bid.findUniqueOrThrow({ where: { id: created.id }, include: { items: true } });
}

// An offer on the desk bid: every specification complied with, one unit price without GST.
export function deskOfferForm(bid: { id: number; items: { id: number }[] }, unitPrice: string, overrides: Record<string, unknown> = {}) {
  const item = bid.items[0]!;
  return OfferSchema.parse({
    bidId: bid.id, declaredTurnover: "90000000", declaredExperienceYears: 8, emdReference: "UTR-EMD-0001", localContentPercent: 40,
    complianceKeys: [`${item.id}:Width`, `${item.id}:Material`], complianceValues: ["Yes", "Yes"], itemIds: [item.id], unitPrices: [unitPrice],
    ...overrides,
  });
}
