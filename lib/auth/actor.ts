import type { Db } from "../db/client";
import type { AdminScope, Role } from "../db/generated/enums";

// The signed-in person as the domain layer sees them: who, which roles, and on whose behalf.
export type Actor = {
  userId: number;
  name: string;
  email: string;
  roles: Role[];
  organisationId: number | null;
  sellerId: number | null;
  adminScope: { level: AdminScope; stateId: number | null; districtId: number | null; blockId: number | null } | null;
  // A facilitator working on behalf of a seller they registered (lib/sellers/act-for-seller.ts).
  actingForSellerId?: number;
};

// actingForSellerId: the seller a facilitator chose to work for. It counts only for the
// facilitator who registered that seller; they then act as its staff (SELLER_STAFF), and
// every audit event still names them.
export async function loadActor(db: Db, userId: number, actingForSellerId?: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      isActive: true,
      organisationId: true,
      sellerId: true,
      roles: { select: { role: true, adminScope: true, stateId: true, districtId: true, blockId: true } },
    },
  });
  if (!user || !user.isActive) return null;
  const admin = user.roles.find((r) => r.role === "ADMIN" && r.adminScope);
  const acting = actingForSellerId && user.sellerId === null && user.roles.some((r) => r.role === "FACILITATOR")
    ? await db.seller.count({ where: { id: actingForSellerId, assistedById: user.id } })
    : 0;
  const roles = user.roles.map((r) => r.role);
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    roles: acting ? [...roles, "SELLER_STAFF"] : roles,
    organisationId: user.organisationId,
    sellerId: acting ? actingForSellerId! : user.sellerId,
    ...(acting ? { actingForSellerId } : {}),
    adminScope: admin?.adminScope
      ? { level: admin.adminScope, stateId: admin.stateId, districtId: admin.districtId, blockId: admin.blockId }
      : null,
  };
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

export type Portal = "buyer" | "seller" | "admin";

export const PORTAL_ROLES: Record<Portal, Role[]> = {
  buyer: ["PRIMARY_BUYER", "BUYER", "CONSIGNEE", "PAYING_AUTHORITY"],
  seller: ["SELLER_ADMIN", "SELLER_STAFF", "FACILITATOR"],
  admin: ["ADMIN"],
};

export function homePortal(actor: Actor): Portal | null {
  return (Object.keys(PORTAL_ROLES) as Portal[]).find((portal) => hasRole(actor, ...PORTAL_ROLES[portal])) ?? null;
}
