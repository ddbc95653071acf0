import { describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { getAdminOverview } from "@/lib/admin/get-admin-overview";
import { getBuyerOverview } from "@/lib/buyers/get-buyer-overview";
import { getHeadlineCounters } from "@/lib/reporting/get-headline-counters";
import { getSellerOverview } from "@/lib/sellers/overview-for-seller";
import { SEED_NOW, seedDatabase } from "@/prisma/seed/seed-database";
import { setUpTestDatabase } from "../support/test-database";

// The portal summaries must show each actor their own scope and nothing else:
// a seller never another seller's orders, a buyer never another organisation's.
const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));

async function actorFor(email: string): Promise<Actor> {
  const user = await database().db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actor = await loadActor(database().db, user.id);
  if (!actor) throw new Error(`${email} is not an active user`);
  return actor;
}

describe("portal overviews", () => {
  it("shows a seller only their own orders and listings", async () => {
    const seller = await actorFor("mse.seller@kraya.demo");
    const overview = await getSellerOverview(database().db, seller, SEED_NOW);
    expect(overview?.recentOrders.length).toBeGreaterThan(0);
    const owners = await database().db.order.findMany({
      where: { id: { in: overview?.recentOrders.map((order) => order.id) } },
      select: { sellerId: true },
    });
    expect(new Set(owners.map((order) => order.sellerId))).toEqual(new Set([seller.sellerId]));
    const listings = await database().db.listing.count({ where: { sellerId: seller.sellerId ?? -1 } });
    expect(Object.values(overview?.listingsByStatus ?? {}).reduce((a, b) => a + b, 0)).toBe(listings);
  });

  it("shows a buyer only their organisation's orders", async () => {
    const buyer = await actorFor("buyer@kraya.demo");
    const overview = await getBuyerOverview(database().db, buyer, SEED_NOW);
    expect(overview?.recentOrders.length).toBeGreaterThan(0);
    const owners = await database().db.order.findMany({
      where: { id: { in: overview?.recentOrders.map((order) => order.id) } },
      select: { buyerOrganisationId: true },
    });
    expect(new Set(owners.map((order) => order.buyerOrganisationId))).toEqual(new Set([buyer.organisationId]));
  });

  it("gives nothing to actors outside the portal's roles", async () => {
    const buyer = await actorFor("buyer@kraya.demo");
    const seller = await actorFor("shg.seller@kraya.demo");
    expect(await getSellerOverview(database().db, buyer, SEED_NOW)).toBeNull();
    expect(await getBuyerOverview(database().db, seller, SEED_NOW)).toBeNull();
    expect(await getAdminOverview(database().db, seller)).toBeNull();
  });

  it("shows a facilitator only the sellers they registered", async () => {
    const facilitator = await actorFor("facilitator@kraya.demo");
    const overview = await getSellerOverview(database().db, facilitator, SEED_NOW);
    const owners = await database().db.order.findMany({
      where: { id: { in: overview?.recentOrders.map((order) => order.id) } },
      select: { seller: { select: { assistedById: true } } },
    });
    for (const order of owners) expect(order.seller.assistedById).toBe(facilitator.userId);
  });

  it("scopes a state admin to their state and a national admin to the nation", async () => {
    const national = await getAdminOverview(database().db, await actorFor("admin@kraya.demo"));
    expect(national?.counters).toEqual(await getHeadlineCounters(database().db));

    const stateAdmin = await actorFor("admin.mp@kraya.demo");
    const state = await getAdminOverview(database().db, stateAdmin);
    const sellersInState = await database().db.seller.count({
      where: { stateId: stateAdmin.adminScope?.stateId ?? -1, verificationStatus: "VERIFIED" },
    });
    expect(state?.scope.state?.name).toBe("Madhya Pradesh");
    expect(state?.counters.sellers).toBe(sellersInState);
    expect(state?.counters.sellers).toBeLessThan(national?.counters.sellers ?? 0);
  });
});
