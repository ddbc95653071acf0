import { describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/auth/context";
import { FieldValidationError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { dispatchOrder, markDelivered, raiseInvoice } from "@/lib/orders/fulfil-order";
import { acceptGoods, recordReceipt, rejectGoods } from "@/lib/orders/receive-goods";
import { recordPayment } from "@/lib/orders/record-payment";
import { acceptOrder, rejectOrder } from "@/lib/orders/respond-to-order";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorWithRoles, contextOf } from "./admin-fixtures";
import { placeDirectOrder } from "./order-fixtures";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

type Placed = Awaited<ReturnType<typeof placeDirectOrder>>;
type Party = "seller" | "buyer" | "consignee" | "paying";

// Every step of the lifecycle, by the party that takes it. Each is refused, changing
// nothing, to someone without the role, to someone with the role outside the order, and on
// an order in the wrong state (a freshly placed one, or a cancelled one for the first steps).
const STEPS: { name: string; party: Party; run: (ctx: ActionContext, orderId: number) => Promise<unknown>; wrongState: "placed" | "cancelled" }[] = [
  { name: "accept the order", party: "seller", run: (ctx, orderId) => acceptOrder(db(), ctx, { orderId }), wrongState: "cancelled" },
  { name: "reject the order", party: "seller", run: (ctx, orderId) => rejectOrder(db(), ctx, { orderId, reasonCode: "OUT_OF_STOCK" }), wrongState: "cancelled" },
  { name: "cancel the order", party: "buyer", run: (ctx, orderId) => cancelOrder(db(), ctx, { orderId, reasonCode: "REQUIREMENT_CHANGED" }), wrongState: "cancelled" },
  { name: "dispatch", party: "seller", run: (ctx, orderId) => dispatchOrder(db(), ctx, { orderId, carrier: "DTDC", reference: "D1" }), wrongState: "placed" },
  { name: "mark delivered", party: "seller", run: (ctx, orderId) => markDelivered(db(), ctx, { orderId }), wrongState: "placed" },
  { name: "record receipt", party: "consignee", run: (ctx, orderId) => recordReceipt(db(), ctx, { orderId }), wrongState: "placed" },
  {
    name: "accept the goods",
    party: "consignee",
    run: async (ctx, orderId) => {
      const items = await db().orderItem.findMany({ where: { orderId } });
      return acceptGoods(db(), ctx, { orderId, itemIds: items.map((item) => item.id), acceptedQuantities: items.map((item) => item.quantity) });
    },
    wrongState: "placed",
  },
  { name: "reject the goods", party: "consignee", run: (ctx, orderId) => rejectGoods(db(), ctx, { orderId, reasonCode: "DAMAGED", note: "Broken in transit, all of it." }), wrongState: "placed" },
  { name: "raise the invoice", party: "seller", run: (ctx, orderId) => raiseInvoice(db(), ctx, { orderId, invoiceNumber: `X-${orderId}` }), wrongState: "placed" },
  { name: "record the payment", party: "paying", run: (ctx, orderId) => recordPayment(db(), ctx, { orderId, reference: "UTR9999" }), wrongState: "placed" },
];

async function outsider(order: Placed, party: Party): Promise<ActionContext> {
  if (party === "seller") {
    const other = await db().seller.findFirstOrThrow({ where: { id: { not: order.sellerId } }, select: { id: true } });
    return contextOf(await actorWithRoles(db(), ["SELLER_ADMIN"], { sellerId: other.id }));
  }
  const role = party === "buyer" ? "BUYER" : party === "consignee" ? "CONSIGNEE" : "PAYING_AUTHORITY";
  // The consignee and paying authority named on the order are the only ones of their role
  // who act on it, even within the organisation; a buyer of another organisation is outside.
  if (party === "buyer") {
    const otherOrg = await db().buyerOrganisation.findFirstOrThrow({ where: { id: { not: order.organisationId } }, select: { id: true } });
    return contextOf(await actorWithRoles(db(), [role], { organisationId: otherOrg.id }));
  }
  return contextOf(await actorWithRoles(db(), [role], { organisationId: order.organisationId }));
}

const WRONG_ROLE: Record<Party, Party> = { seller: "buyer", buyer: "seller", consignee: "seller", paying: "consignee" };

describe("every step of an order refuses", () => {
  it.each(STEPS)("$name: the wrong role, an outsider with the role, and the wrong state", async ({ party, run, wrongState }) => {
    const order = await placeDirectOrder(db());
    const status = async () => (await db().order.findUniqueOrThrow({ where: { id: order.orderId } })).status;
    await expect(run(order[WRONG_ROLE[party]], order.orderId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(run(await outsider(order, party), order.orderId)).rejects.toBeInstanceOf(NotFoundError);
    if (wrongState === "cancelled") await cancelOrder(db(), order.buyer, { orderId: order.orderId, reasonCode: "ORDERED_BY_MISTAKE" });
    const before = await status();
    await expect(run(order[party], order.orderId)).rejects.toBeInstanceOf(FieldValidationError);
    expect(await status()).toBe(before);
  });
});
