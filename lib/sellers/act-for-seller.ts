import "server-only";
import { requireRole, type ActionContext } from "../auth/context";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";

// A weaver or an SHG registered without an e-mail address has no way to sign in: the
// facilitator who registered them lists their products and handles their orders for them.
// The choice is a cookie that loadActor checks against Seller.assistedById on every request.
export const ACTING_SELLER_COOKIE = "kraya-acting-seller";

export async function startActingForSeller(db: Db, ctx: ActionContext, sellerId: number): Promise<void> {
  const { actor } = requireRole(ctx, "FACILITATOR");
  const seller = await db.seller.findFirst({ where: { id: sellerId, assistedById: actor.userId }, select: { id: true, stateId: true, districtId: true, blockId: true } });
  if (!seller) throw new NotFoundError("Seller");
  await db.$transaction((tx) =>
    recordAudit(tx, auditActorOf(ctx, "FACILITATOR"), {
      action: "seller.actingStarted",
      entityType: "Seller",
      entityId: seller.id,
      sellerId: seller.id,
      place: { stateId: seller.stateId, districtId: seller.districtId, blockId: seller.blockId },
    }),
  );
}

export async function stopActingForSeller(db: Db, ctx: ActionContext): Promise<void> {
  const { actor } = requireRole(ctx, "FACILITATOR");
  const sellerId = actor.actingForSellerId;
  if (!sellerId) return;
  await db.$transaction((tx) =>
    recordAudit(tx, auditActorOf(ctx, "FACILITATOR"), { action: "seller.actingStopped", entityType: "Seller", entityId: sellerId, sellerId }),
  );
}
