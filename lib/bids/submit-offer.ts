import "server-only";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db, Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { FieldValidationError, type FieldErrors } from "../errors";
import { rupeesToPaise } from "../money/parse-rupees";
import { isMseClass } from "../reporting/definitions";
import { publishedBid, sellerOfBid } from "./bid-access";
import { settleBid } from "./bid-clock";
import type { OfferInput } from "./bid-schemas";
import { offerLineTotals, sumLines } from "./offer-prices";

// A seller's offer on a published bid, before its submission deadline: sent once, revised as
// often as needed (the last revision counts, and its time breaks ties), or withdrawn. A
// withdrawn offer cannot be sent again. The offer stays sealed until the opening (sealed-offers.ts).
export async function submitOffer(db: Db, ctx: ActionContext, input: OfferInput): Promise<{ offerId: number; revision: number }> {
  const { role, sellerId } = sellerOfBid(ctx, "write");
  await publishedBid(db, input.bidId);
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    await settleBid(tx, input.bidId, now);
    const bid = await openForOffers(tx, input.bidId, now);
    const seller = await tx.seller.findUniqueOrThrow({ where: { id: sellerId }, select: { verificationStatus: true, mseClass: true, isStartup: true } });
    if (seller.verificationStatus !== "VERIFIED") throw new FieldValidationError({ form: "bids.errors.sellerNotVerified" });
    const isMse = isMseClass(seller.mseClass);
    checkEligibility(bid, input, { isMse, isStartup: seller.isStartup });
    const prices = unitPricesOf(bid.items, input);
    const totalPaise = sumLines(offerLineTotals(bid.items, prices));
    const compliance = complianceOf(bid.items, input);
    const existing = await tx.bidOffer.findUnique({ where: { bidId_sellerId: { bidId: bid.id, sellerId } }, select: { id: true, status: true, revision: true } });
    if (existing?.status === "WITHDRAWN") throw new FieldValidationError({ form: "bids.errors.withdrawn" });
    const data = {
      status: "SUBMITTED" as const, technicalCompliance: compliance as Prisma.InputJsonObject,
      declaredTurnoverPaise: input.declaredTurnover ?? null, declaredExperienceYears: input.declaredExperienceYears ?? null,
      emdReference: input.emdReference ?? null, localContentBps: input.localContentPercent * 100,
      mseClass: seller.mseClass, isStartup: seller.isStartup,
      totalPaise, finalTotalPaise: totalPaise, finalAt: now, submittedAt: now,
    };
    const revision = existing ? existing.revision + 1 : 0;
    const offer = existing
      ? await tx.bidOffer.update({ where: { id: existing.id }, data: { ...data, revision, items: { deleteMany: {} } }, select: { id: true } })
      : await tx.bidOffer.create({ data: { ...data, bidId: bid.id, sellerId, createdAt: now }, select: { id: true } });
    await tx.bidOfferItem.createMany({ data: [...prices].map(([bidItemId, unitPricePaise]) => ({ offerId: offer.id, bidItemId, unitPricePaise })) });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: existing ? "bids.offer.revise" : "bids.offer.submit", entityType: "BidOffer", entityId: offer.id, sellerId,
      data: { bidId: bid.id, revision },
    });
    return { offerId: offer.id, revision };
  });
}

export async function withdrawOffer(db: Db, ctx: ActionContext, bidId: number): Promise<void> {
  const { role, sellerId } = sellerOfBid(ctx, "write");
  await publishedBid(db, bidId);
  const now = nowOf(ctx);
  await db.$transaction(async (tx) => {
    await settleBid(tx, bidId, now);
    await openForOffers(tx, bidId, now);
    const offer = await tx.bidOffer.findUnique({ where: { bidId_sellerId: { bidId, sellerId } }, select: { id: true, status: true } });
    if (offer?.status !== "SUBMITTED") throw new FieldValidationError({ form: "bids.errors.noOffer" });
    await tx.bidOffer.update({ where: { id: offer.id }, data: { status: "WITHDRAWN", withdrawnAt: now } });
    await recordAudit(tx, auditActorOf(ctx, role), { action: "bids.offer.withdraw", entityType: "BidOffer", entityId: offer.id, sellerId, data: { bidId } });
  });
}

async function openForOffers(tx: Tx, bidId: number, now: Date) {
  const bid = await tx.bid.findUniqueOrThrow({ where: { id: bidId }, include: { items: { orderBy: { id: "asc" } } } });
  if (bid.status !== "PUBLISHED" || !bid.submissionDeadline || bid.submissionDeadline <= now) throw new FieldValidationError({ form: "bids.errors.submissionClosed" });
  return bid;
}

type Criteria = { minTurnoverPaise: bigint | null; minExperienceYears: number | null; emdPaise: bigint | null; isMseExemptFromCriteria: boolean; isStartupExemptFromCriteria: boolean };

// Whether the bid's turnover and experience criteria are waived for the seller: it is an MSE
// and the bid exempts MSEs, or a startup and the bid exempts startups. Earnest money is always
// waived for both.
export function isExemptFromCriteria(bid: Pick<Criteria, "isMseExemptFromCriteria" | "isStartupExemptFromCriteria">, seller: { isMse: boolean; isStartup: boolean }): boolean {
  return (seller.isMse && bid.isMseExemptFromCriteria) || (seller.isStartup && bid.isStartupExemptFromCriteria);
}

export function isExemptFromEmd(seller: { isMse: boolean; isStartup: boolean }): boolean {
  return seller.isMse || seller.isStartup;
}

function checkEligibility(bid: Criteria, input: OfferInput, seller: { isMse: boolean; isStartup: boolean }): void {
  const exempt = isExemptFromCriteria(bid, seller);
  const errors: FieldErrors = {};
  if (!exempt && bid.minTurnoverPaise !== null && (input.declaredTurnover ?? 0n) < bid.minTurnoverPaise) errors.declaredTurnover = "bids.errors.turnover";
  if (!exempt && bid.minExperienceYears !== null && (input.declaredExperienceYears ?? 0) < bid.minExperienceYears) errors.declaredExperienceYears = "bids.errors.experience";
  if (bid.emdPaise !== null && !isExemptFromEmd(seller) && !input.emdReference) errors.emdReference = "bids.errors.emd";
  if (Object.keys(errors).length > 0) throw new FieldValidationError(errors);
}

function unitPricesOf(items: { id: number }[], input: OfferInput): Map<number, bigint> {
  const errors: FieldErrors = {};
  const prices = new Map<number, bigint>();
  items.forEach((item, index) => {
    const at = input.itemIds.indexOf(item.id);
    const paise = at < 0 ? null : rupeesToPaise(input.unitPrices[at] ?? "");
    if (paise === null || paise <= 0) errors[`unitPrices.${at < 0 ? index : at}`] = "bids.errors.amount";
    else prices.set(item.id, BigInt(paise));
  });
  if (Object.keys(errors).length > 0) throw new FieldValidationError(errors);
  return prices;
}

// Every specification of every item answered: "Yes" where the offer complies, or what it
// offers instead. Keys are "<itemId>:<specification>".
function complianceOf(items: { id: number; specifications: Prisma.JsonValue }[], input: OfferInput): Record<string, string> {
  const answers = new Map(input.complianceKeys.map((key, index) => [key, input.complianceValues[index] ?? ""]));
  const errors: FieldErrors = {};
  const compliance: Record<string, string> = {};
  for (const item of items) {
    for (const name of Object.keys((item.specifications ?? {}) as Record<string, unknown>)) {
      const key = `${item.id}:${name}`;
      const answer = answers.get(key)?.trim() ?? "";
      if (answer === "") errors[`complianceValues.${input.complianceKeys.indexOf(key)}`] = "bids.errors.compliance";
      else compliance[key] = answer;
    }
  }
  if (Object.keys(errors).length > 0) throw new FieldValidationError(errors);
  return compliance;
}
