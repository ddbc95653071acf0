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
};

export async function loadActor(db: Db, userId: number): Promise<Actor | null> {
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
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles.map((r) => r.role),
    organisationId: user.organisationId,
    sellerId: user.sellerId,
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
