import "server-only";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, requireRole, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { FieldValidationError, ForbiddenError, type FieldErrors } from "../errors";
import { lineGstPaise } from "../money/gst";
import { eligibleConsignees } from "../orders/order-roles";
import { financialYearCode } from "../reporting/financial-year";
import { CUSTOM_BID_MINIMUM_PAISE } from "./bid-rules";
import { BidItemSchema, decrementBps, type BidDraftInput, type BidItemInput } from "./bid-schemas";
import { estimatePaise, readBoqCsv, readSpecifications } from "./boq-csv";

// A buyer writes a bid as a draft of their organisation; publishing it (publish-bid.ts) is a
// separate step. The same form sent twice creates one draft.
export async function createBid(db: Db, ctx: ActionContext, input: BidDraftInput): Promise<{ id: number; number: string }> {
  const { actor, role } = requireRole(ctx, "BUYER");
  const organisationId = actor.organisationId;
  if (organisationId === null) throw new ForbiddenError("A buyer without an organisation");
  const existing = await db.bid.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, number: true, createdById: true } });
  if (existing?.createdById === actor.userId) return { id: existing.id, number: existing.number };

  const organisation = await db.buyerOrganisation.findUniqueOrThrow({ where: { id: organisationId }, select: { verificationStatus: true } });
  if (organisation.verificationStatus !== "VERIFIED") throw new ForbiddenError("The buyer organisation is not verified");
  const category = await db.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
  if (!category) throw new FieldValidationError({ categoryId: "forms.errors.choose" });
  const consignees = await eligibleConsignees(db, organisationId);
  if (!consignees.some((user) => user.id === input.consigneeUserId)) throw new FieldValidationError({ consigneeUserId: "forms.errors.choose" });

  const items = bidItemsOf(input);
  const estimatedValuePaise = items.reduce((sum, item) => {
    const value = item.estimatedUnitPricePaise * BigInt(item.quantity);
    return sum + value + lineGstPaise(value, item.gstRateBps);
  }, 0n);
  if (input.type === "CUSTOM" && estimatedValuePaise <= CUSTOM_BID_MINIMUM_PAISE) throw new FieldValidationError({ type: "bids.errors.customMinimum" });

  const now = nowOf(ctx);
  try {
    return await db.$transaction(async (tx) => {
      const [{ id }] = (await tx.$queryRaw<{ id: bigint }[]>`SELECT nextval(pg_get_serial_sequence('"Bid"', 'id')) AS id`) as [{ id: bigint }];
      const number = `KRY-BID-${financialYearCode(now)}-${String(id).padStart(7, "0")}`;
      await tx.bid.create({
        data: {
          id: Number(id), number, type: input.type, status: "DRAFT", buyerOrganisationId: organisationId, createdById: actor.userId,
          idempotencyKey: input.idempotencyKey, categoryId: input.categoryId, title: input.title,
          justification: input.type === "CUSTOM" ? (input.justification ?? null) : null,
          estimatedValuePaise, deliveryDays: input.deliveryDays, consigneeUserId: input.consigneeUserId, deliveryAddress: input.deliveryAddress,
          minTurnoverPaise: input.minTurnover ?? null, minExperienceYears: input.minExperienceYears ?? null,
          isMseExemptFromCriteria: input.isMseExemptFromCriteria, isStartupExemptFromCriteria: input.isStartupExemptFromCriteria,
          emdPaise: input.emd ?? null, evaluationMethod: input.evaluationMethod,
          hasReverseAuction: input.hasReverseAuction,
          reverseAuctionRule: input.hasReverseAuction ? (input.reverseAuctionRule ?? null) : null,
          auctionMinutes: input.hasReverseAuction ? (input.auctionMinutes ?? null) : null,
          auctionDecrementBps: input.hasReverseAuction ? decrementBps(input.auctionDecrementPercent) : null,
          hasMsePreference: input.hasMsePreference, hasMakeInIndiaPreference: input.hasMakeInIndiaPreference, minOffers: input.minOffers,
          clarificationDeadline: input.clarificationDeadline, submissionDeadline: input.submissionDeadline, openingAt: input.openingAt,
          createdAt: now,
          items: {
            create: items.map((item) => ({
              title: item.title, quantity: item.quantity, unit: item.unit, estimatedUnitPricePaise: item.estimatedUnitPricePaise,
              gstRateBps: item.gstRateBps, specifications: item.specifications, consigneeUserId: input.consigneeUserId,
            })),
          },
        },
      });
      await recordAudit(tx, auditActorOf(ctx, role), {
        action: "bids.create", entityType: "Bid", entityId: Number(id), organisationId,
        after: { number, type: input.type, estimatedValuePaise, items: items.length },
      });
      return { id: Number(id), number };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const created = await db.bid.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, number: true } });
      if (created) return created;
    }
    throw error;
  }
}

// The bid's lines, from the repeated item fields or the BOQ file, each checked on its own:
// a wrong line is named ("itemQuantities.2"), a wrong file as a whole.
function bidItemsOf(input: BidDraftInput): BidItemInput[] {
  const raw = input.type === "BOQ"
    ? readBoqCsv(input.boqCsv ?? "")
    : input.itemTitles.map((title, index) => ({
      index, title, quantity: input.itemQuantities[index] ?? "", unit: input.itemUnits[index] ?? "", estimate: input.itemEstimates[index] ?? "",
      gstRate: input.itemGstRates[index] || "1800", specifications: input.itemSpecifications[index] ?? "",
    })).filter((row) => row.title !== "" || row.quantity !== "" || row.estimate !== "");
  if (raw === null || raw.length === 0) throw new FieldValidationError(input.type === "BOQ" ? { boqCsv: "bids.errors.boqCsv" } : { "itemTitles.0": "bids.errors.noItems" });
  const errors: FieldErrors = {};
  const items: BidItemInput[] = [];
  raw.forEach((row, position) => {
    const index = "index" in row ? row.index : position;
    const parsed = BidItemSchema.safeParse({
      title: row.title, quantity: row.quantity, unit: row.unit, estimatedUnitPricePaise: estimatePaise(row.estimate) ?? 0n,
      gstRateBps: input.type === "BOQ" ? Math.round(Number(row.gstRate) * 100) : Number(row.gstRate),
      specifications: readSpecifications(row.specifications),
    });
    if (parsed.success) {
      items.push(parsed.data);
      return;
    }
    if (input.type === "BOQ") {
      errors.boqCsv ??= "bids.errors.boqCsv";
      return;
    }
    for (const issue of parsed.error.issues) {
      const field = ITEM_FIELDS[String(issue.path[0]) as keyof typeof ITEM_FIELDS] ?? "itemTitles";
      errors[`${field}.${index}`] ??= field === "itemEstimates" ? "bids.errors.amount" : issue.message;
    }
  });
  if (Object.keys(errors).length > 0) throw new FieldValidationError(errors);
  return items;
}

const ITEM_FIELDS = {
  title: "itemTitles", quantity: "itemQuantities", unit: "itemUnits", estimatedUnitPricePaise: "itemEstimates", gstRateBps: "itemGstRates", specifications: "itemSpecifications",
} as const;
