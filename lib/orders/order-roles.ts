import "server-only";
import type { Db, Tx } from "../db/client";
import type { Role } from "../db/generated/enums";
import { FieldValidationError } from "../errors";

export type OrderRoles = { buyerUserId: number; consigneeUserId: number; payingAuthorityUserId: number };

// GFR separation of duties: the paying authority (DDO) who passes the bill is never the
// buyer who placed the order nor the consignee who certified receipt. One person may be
// buyer and consignee. The database refuses it too (CHECK "Order_paying_authority_is_separate").
export function assertOrderRolesSeparate(roles: OrderRoles): void {
  if (roles.payingAuthorityUserId === roles.buyerUserId || roles.payingAuthorityUserId === roles.consigneeUserId) {
    throw new FieldValidationError({ payingAuthorityUserId: "buyerPortal.errors.payingAuthoritySeparate" });
  }
}

export type EligibleUser = { id: number; name: string; designation: string | null };

async function activeHolders(db: Db | Tx, organisationId: number, role: Role, excludeUserIds: number[]): Promise<EligibleUser[]> {
  return db.user.findMany({
    where: { organisationId, isActive: true, id: { notIn: excludeUserIds }, roles: { some: { role } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, designation: true },
  });
}

// Who may receive the goods of an order of the organisation: its active consignees.
export function eligibleConsignees(db: Db | Tx, organisationId: number): Promise<EligibleUser[]> {
  return activeHolders(db, organisationId, "CONSIGNEE", []);
}

// Who may pay for an order placed by buyerUserId (and received by consigneeUserId, once
// chosen): the organisation's active paying authorities other than them.
export function eligiblePayingAuthorities(db: Db | Tx, organisationId: number, order: { buyerUserId: number; consigneeUserId?: number }): Promise<EligibleUser[]> {
  return activeHolders(db, organisationId, "PAYING_AUTHORITY", [order.buyerUserId, ...(order.consigneeUserId ? [order.consigneeUserId] : [])]);
}
