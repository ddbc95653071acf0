import { describe, expect, it } from "vitest";
import { findEquivalentOffers } from "@/lib/catalogue/compare-offers";
import { findDeliveryDestination } from "@/lib/catalogue/delivery-destination";
import { getProduct } from "@/lib/catalogue/get-product";
import { NotFoundError } from "@/lib/errors";
import { refreshListingSearch } from "@/lib/search/refresh-listing-search";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorWithRoles } from "./admin-fixtures";
import { actorFor, ANONYMOUS, contextOf } from "../factories/buyer-organisations";
import { createComparableCategory, createListing, KEY_SPECS, verifiedSellers } from "./product-fixtures";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;
const stateId = async (code: string) => (await db().state.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;

describe("the product page's listing", () => {
  it("shows a visible listing to anyone: key specifications first, saving against the MRP, breadcrumb, stock in words", async () => {
    const [seller] = await verifiedSellers(db(), 1);
    const category = await createComparableCategory(db());
    const { id } = await createListing(db(), { sellerId: seller!.id, categoryId: category.id, rupees: 40_000, stockQuantity: 7, deliveryStateIds: [await stateId("MP")] });
    const product = await getProduct(db(), ANONYMOUS, id);
    expect(product.specifications.map((spec) => [spec.key, spec.value, spec.isKey])).toEqual([["processor", "Intel Core i5", true], ["ram", "16 GB", true], ["weight", "1.5 kg", false]]);
    expect(product.savingPaise).toBe(1_000_000n);
    expect(product.savingPercent).toBe(20);
    expect(product.breadcrumb.map((link) => link.slug)).toEqual(["computers-and-it", category.slug]);
    expect(product.stock).toEqual({ status: "fewLeft", count: 7 });
    expect(product.notVisibleBecause).toBeNull();
    expect(product.seller.verifiedSince).toBeInstanceOf(Date);
  });

  it("hides a paused, out-of-stock or unverified seller's listing from the public and buyers, and shows its own seller why", async () => {
    const [first, second] = await verifiedSellers(db(), 2);
    const category = await createComparableCategory(db());
    const mp = await stateId("MP");
    const paused = await createListing(db(), { sellerId: first!.id, categoryId: category.id, rupees: 100, status: "PAUSED", deliveryStateIds: [mp] });
    const empty = await createListing(db(), { sellerId: first!.id, categoryId: category.id, rupees: 100, stockQuantity: 0, deliveryStateIds: [mp] });
    const unverified = await createListing(db(), { sellerId: second!.id, categoryId: category.id, rupees: 100, deliveryStateIds: [mp] });
    await db().$transaction(async (tx) => {
      await tx.seller.update({ where: { id: second!.id }, data: { verificationStatus: "SUSPENDED" } });
      await refreshListingSearch(tx, { sellerId: second!.id });
    });
    const buyer = contextOf(await actorFor(db(), "buyer@kraya.demo"));
    const otherSeller = contextOf(await actorWithRoles(db(), ["SELLER_ADMIN"], { sellerId: second!.id }));
    for (const { id } of [paused, empty]) {
      await expect(getProduct(db(), ANONYMOUS, id)).rejects.toThrow(NotFoundError);
      await expect(getProduct(db(), buyer, id)).rejects.toThrow(NotFoundError);
      await expect(getProduct(db(), otherSeller, id)).rejects.toThrow(NotFoundError);
    }
    await expect(getProduct(db(), ANONYMOUS, unverified.id)).rejects.toThrow(NotFoundError);

    const owner = contextOf(await actorWithRoles(db(), ["SELLER_STAFF"], { sellerId: first!.id }));
    expect((await getProduct(db(), owner, paused.id)).notVisibleBecause).toEqual([{ reason: "status", status: "PAUSED" }]);
    expect((await getProduct(db(), owner, empty.id)).notVisibleBecause).toEqual([{ reason: "outOfStock" }]);
    expect((await getProduct(db(), otherSeller, unverified.id)).notVisibleBecause).toEqual([{ reason: "sellerNotVerified" }]);
    await expect(getProduct(db(), ANONYMOUS, 99_999_999)).rejects.toThrow(NotFoundError);
  });
});

describe("equivalent offers", () => {
  it("lists other sellers' visible listings with equal key specifications in the same category, one per seller, lowest first", async () => {
    const [mine, cheap, dear, twoListings, odd] = await verifiedSellers(db(), 5);
    const category = await createComparableCategory(db());
    const otherCategory = await createComparableCategory(db());
    const [mp, ka] = [await stateId("MP"), await stateId("KA")];
    const offer = (sellerId: number, rupees: number, extra: Partial<Parameters<typeof createListing>[1]> = {}) =>
      createListing(db(), { sellerId, categoryId: category.id, rupees, deliveryStateIds: [mp], ...extra });

    const self = await offer(mine!.id, 50_000);
    await offer(mine!.id, 30_000); // the same seller's other listing: this one speaks for it
    const cheapest = await offer(cheap!.id, 45_000, { specifications: { ...KEY_SPECS, weight: 2.2 } }); // other specifications may differ
    const dearer = await offer(dear!.id, 52_000, { deliveryStateIds: [ka] });
    await offer(twoListings!.id, 48_000);
    const twoListingsCheaper = await offer(twoListings!.id, 47_000);
    await offer(odd!.id, 40_000, { specifications: { ...KEY_SPECS, ram: 8 } }); // a key specification differs
    await offer(odd!.id, 39_000, { status: "PAUSED" }); // not visible
    await createListing(db(), { sellerId: odd!.id, categoryId: otherCategory.id, rupees: 38_000, deliveryStateIds: [mp] }); // another category

    const { offers, keySpecifications } = await findEquivalentOffers(db(), self.id);
    expect(keySpecifications).toEqual(KEY_SPECS);
    expect(offers.map((o) => [o.id, o.isThisListing])).toEqual([
      [cheapest.id, false],
      [twoListingsCheaper.id, false],
      [self.id, true],
      [dearer.id, false],
    ]);
    expect(new Set(offers.map((o) => o.seller.id)).size).toBe(offers.length);

    const toKarnataka = await findEquivalentOffers(db(), self.id, { deliveryStateId: ka });
    expect(toKarnataka.offers.map((o) => o.id)).toEqual([dearer.id]);
  });

  it("compares nothing for a listing that leaves a key specification unstated", async () => {
    const [seller, other] = await verifiedSellers(db(), 2);
    const category = await createComparableCategory(db());
    const mp = await stateId("MP");
    const vague = await createListing(db(), { sellerId: seller!.id, categoryId: category.id, rupees: 100, specifications: { processor: "Intel Core i5" }, deliveryStateIds: [mp] });
    await createListing(db(), { sellerId: other!.id, categoryId: category.id, rupees: 90, deliveryStateIds: [mp] });
    const result = await findEquivalentOffers(db(), vague.id);
    expect(result.keySpecifications).toBeNull();
    expect(result.offers.map((o) => o.id)).toEqual([vague.id]);
  });
});

describe("the delivery destination", () => {
  it("is the consignee's office, another office of the organisation they pick, never another organisation's", async () => {
    const consignee = await actorFor(db(), "consignee@kraya.demo");
    const user = await db().user.findUniqueOrThrow({ where: { id: consignee.userId }, select: { office: { select: { id: true, stateId: true, districtId: true } } } });
    const ka = await db().state.findUniqueOrThrow({ where: { code: "KA" }, select: { id: true, districts: { take: 1, select: { id: true } } } });
    const branch = await db().office.create({
      data: { organisationId: consignee.organisationId!, name: "Bengaluru Branch", addressLine: "1 MG Road", pincode: "560001", stateId: ka.id, districtId: ka.districts[0]!.id },
    });
    const foreign = await db().office.findFirstOrThrow({ where: { organisationId: { not: consignee.organisationId! } }, select: { id: true } });

    const own = await findDeliveryDestination(db(), contextOf(consignee), {});
    expect(own.destination).toMatchObject({ kind: "office", stateId: user.office!.stateId, districtId: user.office!.districtId });
    expect(own.choices.kind === "offices" && own.choices.offices.map((office) => office.id)).toContain(branch.id);
    expect((await findDeliveryDestination(db(), contextOf(consignee), { to: String(branch.id) })).destination).toMatchObject({ kind: "office", stateId: ka.id });
    expect((await findDeliveryDestination(db(), contextOf(consignee), { to: String(foreign.id) })).destination).toMatchObject({ stateId: user.office!.stateId });
  });

  it("is the state an anonymous visitor picks, or none", async () => {
    expect((await findDeliveryDestination(db(), ANONYMOUS, { state: "ka" })).destination).toMatchObject({ kind: "state", stateId: await stateId("KA"), districtId: null });
    const none = await findDeliveryDestination(db(), ANONYMOUS, { state: "ZZ" });
    expect(none.destination).toBeNull();
    expect(none.choices.kind === "states" && none.choices.states.length).toBe(36);
  });
});
