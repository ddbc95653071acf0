import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { addToCart } from "@/lib/cart/change-cart";
import { placeOrders } from "@/lib/orders/place-orders";
import { actorByEmail, actorWithRoles, contextOf } from "./admin-fixtures";

let skip = 0;

// A direct-purchase order from the demo buyer's organisation for `quantity` units of a cheap
// visible listing (the next one, or the one given), with the contexts of everyone who acts on it.
export async function placeDirectOrder(db: Db, quantity = 3, listingId?: number) {
  const where = listingId ? { listingId } : { pricePaise: { lt: 5_000_00n } };
  const row = (await db.listingSearch.findMany({ where, orderBy: { listingId: "asc" }, skip: listingId ? 0 : (skip += 5), take: 1, select: { listingId: true, sellerId: true } }))[0]!;
  await db.listing.update({ where: { id: row.listingId }, data: { stockQuantity: 100, minOrderQuantity: 1 } });
  const demo = await actorByEmail(db, "buyer@kraya.demo");
  const buyer = contextOf(await actorWithRoles(db, ["BUYER"], { organisationId: demo.organisationId ?? undefined }));
  await addToCart(db, buyer, { listingId: row.listingId, quantity });
  const [consignee, paying] = await Promise.all([actorByEmail(db, "consignee@kraya.demo"), actorByEmail(db, "paying@kraya.demo")]);
  const { orders } = await placeOrders(db, buyer, {
    idempotencyKey: randomBytes(12).toString("base64url"), consigneeUserId: consignee.userId, payingAuthorityUserId: paying.userId,
    deliveryAddress: "Main Office, Arera Hills, Bhopal 462011", budgetHead: "2202-01-101 Office expenses",
  });
  const seller = contextOf(await actorWithRoles(db, ["SELLER_ADMIN"], { sellerId: row.sellerId }));
  return {
    orderId: orders[0]!.id, listingId: row.listingId, sellerId: row.sellerId, organisationId: demo.organisationId!,
    buyer, seller, consignee: contextOf(consignee), paying: contextOf(paying),
  };
}
