import { describe, expect, it } from "vitest";
import { addCalendarDays, deliveryCoverage, estimateDelivery, istDateOf, OUT_OF_STATE_ALLOWANCE_DAYS } from "@/lib/catalogue/delivery-estimate";
import { compareOffers, isEquivalent, keySpecificationsOf, l1Position, type RankedOffer } from "@/lib/catalogue/equivalence";
import type { SpecField } from "@/lib/catalogue/spec-fields";

const field = (key: string, keySpec: boolean, type: SpecField["type"] = "number"): SpecField => ({ key, label: key, labelHi: "मान", type, required: true, keySpec });
const LAPTOP_FIELDS = [field("processor", true, "enum"), field("ram", true), field("screenSize", true), field("weight", false)];
const laptop = (specifications: Record<string, string | number>, categoryId = 7) => ({ categoryId, specifications });
const BASE = { processor: "Intel Core i5", ram: 16, screenSize: 15.6, weight: 1.6 };

describe("the equivalence rule (compare and L1)", () => {
  it("takes the key specifications only", () => {
    expect(keySpecificationsOf(LAPTOP_FIELDS, BASE)).toEqual({ processor: "Intel Core i5", ram: 16, screenSize: 15.6 });
  });

  it("makes listings equivalent when every key specification is equal, whatever else differs", () => {
    expect(isEquivalent(LAPTOP_FIELDS, laptop(BASE), laptop({ ...BASE, weight: 2.1 }))).toBe(true);
  });

  it("needs the same category and every key specification equal, numbers as numbers", () => {
    expect(isEquivalent(LAPTOP_FIELDS, laptop(BASE), laptop(BASE, 8))).toBe(false);
    expect(isEquivalent(LAPTOP_FIELDS, laptop(BASE), laptop({ ...BASE, ram: 8 }))).toBe(false);
    expect(isEquivalent(LAPTOP_FIELDS, laptop(BASE), laptop({ ...BASE, ram: "16" }))).toBe(false);
    expect(isEquivalent(LAPTOP_FIELDS, laptop(BASE), laptop({ processor: "Intel Core i5", ram: 16 }))).toBe(false);
  });

  it("compares nothing when a key specification is unstated or the category has none", () => {
    expect(keySpecificationsOf(LAPTOP_FIELDS, { processor: "Intel Core i5", ram: 16 })).toBeNull();
    expect(keySpecificationsOf(LAPTOP_FIELDS, { ...BASE, screenSize: "" })).toBeNull();
    const noKeys = [field("colour", false, "text")];
    expect(keySpecificationsOf(noKeys, { colour: "Blue" })).toBeNull();
    expect(isEquivalent(noKeys, laptop({ colour: "Blue" }), laptop({ colour: "Blue" }))).toBe(false);
  });
});

describe("the order of offers", () => {
  const offer = (listingId: number, rupees: number, deliveryDays = 5, rating: number | null = 4): RankedOffer => ({ listingId, pricePaise: BigInt(rupees * 100), deliveryDays, rating });

  it("puts the lowest price first, then faster delivery, then the better rating (unrated last), then the older listing", () => {
    const offers = [offer(1, 500), offer(2, 450, 7), offer(3, 450, 3, 3), offer(4, 450, 3, 4.5), offer(5, 450, 3, null), offer(6, 450, 3, 4.5)];
    expect(offers.sort(compareOffers).map((o) => o.listingId)).toEqual([4, 6, 3, 5, 2, 1]);
  });

  it("says where this listing stands", () => {
    const offers = [{ isThisListing: false, pricePaise: 45_000n }, { isThisListing: true, pricePaise: 50_000n }];
    expect(l1Position(offers)).toEqual({ rank: 2, count: 2, aboveLowestPaise: 5_000n });
    expect(l1Position([{ isThisListing: true, pricePaise: 1n }])).toEqual({ rank: 1, count: 1, aboveLowestPaise: 0n });
    expect(l1Position([{ isThisListing: false, pricePaise: 1n }])).toBeNull();
  });
});

describe("the delivery estimate", () => {
  const MP = 23;
  const KA = 29;
  const listing = { deliveryDays: 5, sellerStateId: MP, areas: [{ stateId: MP, districtId: null }, { stateId: KA, districtId: 501 }] };

  it("counts days from today in IST, across IST midnight", () => {
    // 18:29 UTC is 23:59 IST on 19 Nov; 18:30 UTC is already 20 Nov in India.
    expect(istDateOf(new Date("2026-11-19T18:29:00Z"))).toBe("2026-11-19");
    expect(istDateOf(new Date("2026-11-19T18:30:00Z"))).toBe("2026-11-20");
    expect(estimateDelivery(listing, { stateId: MP, districtId: 40 }, new Date("2026-11-19T18:29:00Z")).expectedOn).toBe("2026-11-24");
    expect(estimateDelivery(listing, { stateId: MP, districtId: 40 }, new Date("2026-11-19T18:30:00Z")).expectedOn).toBe("2026-11-25");
  });

  it("adds the allowance outside the seller's state, across month and year ends", () => {
    const estimate = estimateDelivery(listing, { stateId: KA, districtId: 501 }, new Date("2026-12-28T06:00:00Z"));
    expect(estimate).toEqual({ coverage: "delivers", days: 5 + OUT_OF_STATE_ALLOWANCE_DAYS, expectedOn: "2027-01-04", isOutOfState: true });
    expect(estimateDelivery(listing, { stateId: MP, districtId: null }, new Date("2026-12-28T06:00:00Z")).isOutOfState).toBe(false);
    expect(addCalendarDays("2028-02-27", 2)).toBe("2028-02-29");
  });

  it("delivers to a whole state, to a listed district, to some districts of a state, or not at all", () => {
    expect(deliveryCoverage(listing.areas, { stateId: MP, districtId: 40 })).toBe("delivers");
    expect(deliveryCoverage(listing.areas, { stateId: KA, districtId: 501 })).toBe("delivers");
    expect(deliveryCoverage(listing.areas, { stateId: KA, districtId: 502 })).toBe("no");
    expect(deliveryCoverage(listing.areas, { stateId: KA, districtId: null })).toBe("someDistricts");
    expect(deliveryCoverage(listing.areas, { stateId: 9, districtId: null })).toBe("no");
  });
});
