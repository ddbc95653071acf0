import "server-only";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db, Tx } from "../db/client";
import { FieldValidationError, NotFoundError } from "../errors";
import { deliverToAll } from "../notifications/deliver-notification";
import type { z } from "zod";
import { requireAdmin } from "./require-admin";
import { RejectSellerSchema, VerifySellerSchema } from "./schemas";
import { adminPlaceFilter } from "./scope";
import { refreshListingSearch } from "../search/refresh-listing-search";

const DECISION_FIELDS = {
  id: true,
  legalName: true,
  verificationStatus: true,
  verifiedAt: true,
  rejectionReasonCode: true,
  rejectionNote: true,
  profileCompleteness: true,
  stateId: true,
  districtId: true,
  blockId: true,
} as const;

// A seller can sell once an admin of their area has checked a complete profile. A rejected
// seller who fixed their profile can be verified without registering again.
export async function verifySeller(db: Db, ctx: ActionContext, input: z.input<typeof VerifySellerSchema>) {
  const { actor, role } = requireAdmin(ctx);
  const { sellerId } = VerifySellerSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await findSellerInScope(tx, sellerId, adminPlaceFilter(actor));
    if (before.verificationStatus !== "PENDING" && before.verificationStatus !== "REJECTED") {
      throw new FieldValidationError({ decision: "adminSellers.errors.alreadyDecided" });
    }
    if (before.profileCompleteness !== 100) throw new FieldValidationError({ decision: "adminSellers.errors.incomplete" });
    const after = await tx.seller.update({
      where: { id: sellerId },
      data: { verificationStatus: "VERIFIED", verifiedAt: nowOf(ctx), verifiedById: actor.userId, rejectionReasonCode: null, rejectionNote: null },
      select: DECISION_FIELDS,
    });
    await recordDecision(tx, ctx, role, "seller.verified", before, after);
    await refreshListingSearch(tx, { sellerId });
    await tellSellerAdmins(tx, sellerId, { kind: "SELLER_VERIFIED", params: { sellerName: after.legalName } }, nowOf(ctx));
    return after;
  });
}

// Only a pending registration is turned down; the seller reads the reason and the note.
export async function rejectSeller(db: Db, ctx: ActionContext, input: z.input<typeof RejectSellerSchema>) {
  const { actor, role } = requireAdmin(ctx);
  const { sellerId, reasonCode, note } = RejectSellerSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await findSellerInScope(tx, sellerId, adminPlaceFilter(actor));
    if (before.verificationStatus !== "PENDING") throw new FieldValidationError({ decision: "adminSellers.errors.alreadyDecided" });
    const after = await tx.seller.update({
      where: { id: sellerId },
      data: { verificationStatus: "REJECTED", verifiedAt: null, verifiedById: null, rejectionReasonCode: reasonCode, rejectionNote: note ?? null },
      select: DECISION_FIELDS,
    });
    await recordDecision(tx, ctx, role, "seller.rejected", before, after, { reasonCode });
    await tellSellerAdmins(tx, sellerId, { kind: "SELLER_REJECTED", params: { sellerName: after.legalName, reasonCode, note: note ?? "" } }, nowOf(ctx));
    return after;
  });
}

type SellerDecision = { [K in keyof typeof DECISION_FIELDS]: unknown } & { id: number; stateId: number; districtId: number; blockId: number | null };

async function findSellerInScope(tx: Tx, sellerId: number, scope: ReturnType<typeof adminPlaceFilter>) {
  const seller = await tx.seller.findFirst({ where: { id: sellerId, ...scope }, select: DECISION_FIELDS });
  if (!seller) throw new NotFoundError("Seller");
  return seller;
}

async function recordDecision(tx: Tx, ctx: ActionContext, role: string, action: string, before: SellerDecision, after: SellerDecision, data?: Record<string, unknown>) {
  const { stateId, districtId, blockId } = after;
  const trim = ({ verificationStatus, verifiedAt, rejectionReasonCode, rejectionNote }: SellerDecision) => ({ verificationStatus, verifiedAt, rejectionReasonCode, rejectionNote });
  await recordAudit(tx, auditActorOf(ctx, role), {
    action,
    entityType: "Seller",
    entityId: after.id,
    before: trim(before),
    after: trim(after),
    data,
    sellerId: after.id,
    place: { stateId, districtId, blockId },
  });
}

// The seller's administrators hear of the decision in their notifications and by e-mail,
// each in their language (notifications.kinds.SELLER_VERIFIED | SELLER_REJECTED).
async function tellSellerAdmins(tx: Tx, sellerId: number, message: { kind: string; params: Record<string, string> }, now: Date) {
  const admins = await tx.user.findMany({
    where: { sellerId, isActive: true, roles: { some: { role: "SELLER_ADMIN" } } },
    select: { id: true, name: true, email: true, locale: true },
  });
  await deliverToAll(tx, admins, { ...message, link: "/seller" }, now);
}
