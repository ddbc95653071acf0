import "server-only";
import type { ActionContext } from "../auth/context";
import { requireCartBuyer } from "../cart/cart-buyer";
import type { Db } from "../db/client";
import { eligibleConsignees, eligiblePayingAuthorities, type EligibleUser } from "./order-roles";

// Whom a buyer can name at checkout: the organisation's consignees, and its paying
// authorities other than the buyer (placeOrders also refuses the consignee as payer).
export async function getCheckoutOptions(db: Db, ctx: ActionContext): Promise<{ consignees: EligibleUser[]; payingAuthorities: EligibleUser[] }> {
  const { userId, organisationId } = await requireCartBuyer(db, ctx);
  const [consignees, payingAuthorities] = await Promise.all([eligibleConsignees(db, organisationId), eligiblePayingAuthorities(db, organisationId, { buyerUserId: userId })]);
  return { consignees, payingAuthorities };
}
