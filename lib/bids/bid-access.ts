import "server-only";
import { hasRole, type Actor } from "../auth/actor";
import { requireRole, type ActionContext } from "../auth/context";
import type { Db, Tx } from "../db/client";
import type { Role } from "../db/generated/enums";
import { ForbiddenError, NotFoundError } from "../errors";

// Who may act on a bid. Its buyer organisation's buyers run it; a seller's administrator
// offers on it (staff only read); a bid of another organisation, or a draft a seller asks
// for, is "not found", so ids never reveal what others hold.

export type BuyerOfBid = { actor: Actor; role: Role; bid: { id: number; number: string; status: string; buyerOrganisationId: number } };

export async function buyerOfBid(db: Db, ctx: ActionContext, bidId: number): Promise<BuyerOfBid> {
  const { actor, role } = requireRole(ctx, "BUYER");
  const bid = await db.bid.findUnique({ where: { id: bidId }, select: { id: true, number: true, status: true, buyerOrganisationId: true } });
  if (!bid || bid.buyerOrganisationId !== actor.organisationId) throw new NotFoundError("Bid");
  return { actor, role, bid };
}

export type SellerOfBid = { actor: Actor; role: Role; sellerId: number };

export function sellerOfBid(ctx: ActionContext, mode: "read" | "write"): SellerOfBid {
  const { actor, role } = requireRole(ctx, "SELLER_ADMIN", "SELLER_STAFF");
  if (actor.sellerId === null) throw new ForbiddenError("A seller user without a seller");
  if (mode === "write" && !hasRole(actor, "SELLER_ADMIN")) throw new ForbiddenError("Only the seller's administrator offers on bids");
  return { actor, role, sellerId: actor.sellerId };
}

// A bid a seller may see: one that was published (a draft, or a draft cancelled before it was
// published, is the buyer's alone).
export async function publishedBid(db: Db, bidId: number) {
  const bid = await db.bid.findUnique({ where: { id: bidId }, select: { id: true, number: true, status: true, buyerOrganisationId: true, publishedAt: true } });
  if (!bid || bid.publishedAt === null) throw new NotFoundError("Bid");
  return bid;
}

// Writers of one bid take its row lock first, so a reverse-auction bid, an offer, the clock
// and the buyer's steps happen one after another.
export async function lockBid(tx: Tx, bidId: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Bid" WHERE id = ${bidId} FOR UPDATE`;
}
