// `npm run bench:orders`: orders placed per second when 50 buyers check out at once, and the
// race for the last 10 units: 50 buyers, each sending the checkout twice (a retry), must leave
// no unit oversold and no order placed twice. On a scratch database of each kind: an in-memory
// PGlite, and a throw-away schema on DATABASE_URL when it is set.
import { randomBytes } from "node:crypto";
import { loadActor } from "../lib/auth/actor";
import { addToCart } from "../lib/cart/change-cart";
import type { Db } from "../lib/db/client";
import { placeOrders } from "../lib/orders/place-orders";
import { createUser } from "../tests/factories/users";
import { onScratchDatabases } from "./scratch-databases";

const BUYERS = 50;
const LAST_UNITS = 10;

async function buyers(db: Db, count: number) {
  const demo = await db.user.findUniqueOrThrow({ where: { email: "buyer@kraya.demo" }, select: { organisationId: true } });
  const [consignee, paying] = await Promise.all(["consignee@kraya.demo", "paying@kraya.demo"].map((email) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })));
  const contexts = [];
  for (let i = 0; i < count; i += 1) {
    const user = await createUser(db, { roles: ["BUYER"] });
    await db.user.update({ where: { id: user.id }, data: { organisationId: demo.organisationId } });
    contexts.push({ actor: await loadActor(db, user.id), ip: null });
  }
  const checkout = () => ({
    idempotencyKey: randomBytes(12).toString("base64url"),
    consigneeUserId: consignee!.id,
    payingAuthorityUserId: paying!.id,
    deliveryAddress: "Main Office, Arera Hills, Bhopal 462011",
    budgetHead: "2202-01-101 Office expenses",
  });
  return { contexts, checkout };
}

await onScratchDatabases(async (db, kind) => {
  // Cheap listings (a direct purchase each), one per buyer, plenty of stock.
  const listings = await db.listingSearch.findMany({ where: { pricePaise: { lt: 10_000_00n } }, take: BUYERS + 1, orderBy: { listingId: "asc" }, select: { listingId: true } });
  await db.listing.updateMany({ where: { id: { in: listings.map((row) => row.listingId) } }, data: { stockQuantity: 1000, minOrderQuantity: 1 } });
  const many = await buyers(db, BUYERS);
  await Promise.all(many.contexts.map((ctx, i) => addToCart(db, ctx, { listingId: listings[i]!.listingId, quantity: 1 })));
  const started = performance.now();
  const placed = await Promise.allSettled(many.contexts.map((ctx) => placeOrders(db, ctx, many.checkout())));
  const seconds = (performance.now() - started) / 1000;
  const ok = placed.filter((result) => result.status === "fulfilled").length;
  console.log(`${kind.padEnd(10)} ${BUYERS} buyers at once: ${ok} placed in ${seconds.toFixed(2)} s, ${(ok / seconds).toFixed(1)} orders/s`);

  // The race: LAST_UNITS units, BUYERS buyers each sending the same form twice.
  const contested = listings[BUYERS]!.listingId;
  await db.listing.update({ where: { id: contested }, data: { stockQuantity: LAST_UNITS } });
  const racers = await buyers(db, BUYERS);
  await Promise.all(racers.contexts.map((ctx) => addToCart(db, ctx, { listingId: contested, quantity: 1 })));
  const forms = racers.contexts.map(() => racers.checkout());
  await Promise.allSettled(racers.contexts.flatMap((ctx, i) => [placeOrders(db, ctx, forms[i]!), placeOrders(db, ctx, forms[i]!)]));
  const sold = await db.orderItem.aggregate({ where: { listingId: contested, order: { buyerUserId: { in: racers.contexts.map((ctx) => ctx.actor!.userId) } } }, _sum: { quantity: true }, _count: true });
  const stock = (await db.listing.findUniqueOrThrow({ where: { id: contested }, select: { stockQuantity: true } })).stockQuantity;
  const keys = await db.order.groupBy({ by: ["buyerUserId"], where: { buyerUserId: { in: racers.contexts.map((ctx) => ctx.actor!.userId) } }, _count: true });
  const duplicates = keys.filter((row) => row._count > 1).length;
  console.log(`${kind.padEnd(10)} race for ${LAST_UNITS} units: ${sold._sum.quantity ?? 0} sold, stock left ${stock}, oversold ${Math.max(0, (sold._sum.quantity ?? 0) - LAST_UNITS)}, buyers with two orders ${duplicates}`);
});
