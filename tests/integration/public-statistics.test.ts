import { describe, expect, it } from "vitest";
import { statesCsv, yearsCsv } from "@/app/_lib/public-statistics-csv";
import type { Db } from "@/lib/db/client";
import type { BuyingMode, MseClass, OrderStatus } from "@/lib/db/generated/enums";
import { getPublicStatistics, readStatisticsYear } from "@/lib/reporting/public-statistics";
import { rebuildReports } from "@/lib/reporting/update-report-cells";
import { setUpTestDatabase } from "../support/test-database";

// A small market built by hand, every expected figure worked out by hand below.
// Amounts are paise; GMV includes tax, savings are MRP value less price, before tax.
//   O1 MP micro, women-owned  DIRECT PAID       10 June 2025          10 x 1,000.00 (MRP 1,250.00) + 18 % = 11,800.00
//   O2 MP medium              L1     DELIVERED  23:59 IST 31 Mar 2026  2 x 3,000.00 (MRP 3,500.00) +  5 % =  6,300.00
//   O3 KL small, SC/ST-owned  BID    ACCEPTED   00:30 IST 1 Apr 2026   5 x   400.00 (MRP   500.00) + 12 % =  2,240.00
//   O4 MP medium              DIRECT PLACED     1 Aug 2026            1 x 1,000.00 (MRP 1,000.00) +  0 %
//                                                                    + 3 x   200.00 (MRP   300.00) + 18 % =  1,708.00
// and four orders of Rs 1 lakh each that must not count: rejected (in FY 2024-25, the only
// order of that year), cancelled, auto-cancelled and goods rejected.
const NOW = new Date("2026-11-21T10:00:00+05:30");

type Line = { quantity: number; pricePaise: bigint; mrpPaise: bigint; gstRateBps: number };

const database = setUpTestDatabase(async ({ db }) => {
  await buildMarket(db);
  await rebuildReports(db);
});

async function buildMarket(db: Db) {
  const state = (code: string, gstCode: string, name: string, nameHi: string) =>
    db.state.create({ data: { code, gstCode, name, nameHi, kind: "STATE", districts: { create: { name: `${name} District`, nameHi } } }, include: { districts: true } });
  const mp = await state("MP", "23", "Madhya Pradesh", "मध्य प्रदेश");
  const kl = await state("KL", "32", "Kerala", "केरल");
  await state("SK", "11", "Sikkim", "सिक्किम");
  const ministry = await db.ministry.create({ data: { name: "Ministry of Education", nameHi: "शिक्षा मंत्रालय", shortName: "MoE" } });
  const organisation = await db.buyerOrganisation.create({
    data: { name: "Kendriya Vidyalaya", type: "CENTRAL_MINISTRY", verificationStatus: "VERIFIED", department: { create: { name: "School Education", nameHi: "स्कूल शिक्षा", ministryId: ministry.id } } },
  });
  const user = (email: string) => db.user.create({ data: { email, name: email, passwordHash: "x", organisationId: organisation.id } });
  const [buyer, consignee, paying] = [await user("buyer@test.in"), await user("consignee@test.in"), await user("paying@test.in")];
  const root = await db.category.create({ data: { slug: "furniture", name: "Furniture", nameHi: "फ़र्नीचर", kind: "PRODUCT", unit: "piece", isLeaf: false } });
  const leaf = await db.category.create({ data: { slug: "chairs", name: "Chairs", nameHi: "कुर्सियाँ", kind: "PRODUCT", unit: "piece", parentId: root.id } });

  const seller = async (pan: string, place: typeof mp, mseClass: MseClass, owner: { isWomenOwned?: boolean; isScStOwned?: boolean }) => {
    const created = await db.seller.create({
      data: { legalName: pan, entityType: "PROPRIETORSHIP", pan, mseClass, ...owner, addressLine: "1 Main Road", pincode: "462001", stateId: place.id, districtId: place.districts[0]!.id, verificationStatus: "VERIFIED" },
    });
    const listing = await db.listing.create({ data: { sellerId: created.id, categoryId: leaf.id, kind: "PRODUCT", title: `Chair of ${pan}`, pricePaise: 1n, mrpPaise: 1n, status: "APPROVED" } });
    return { ...created, listingId: listing.id };
  };
  const micro = await seller("AAAPA0001A", mp, "MICRO", { isWomenOwned: true });
  const small = await seller("AAAPA0002A", kl, "SMALL", { isScStOwned: true });
  const medium = await seller("AAAPA0003A", mp, "MEDIUM", {});

  let number = 0;
  const order = async (from: typeof micro, buyingMode: BuyingMode, status: OrderStatus, placedAt: string, lines: Line[]) => {
    const items = lines.map((line) => {
      const subtotal = BigInt(line.quantity) * line.pricePaise;
      const tax = (subtotal * BigInt(line.gstRateBps)) / 10_000n;
      return { listingId: from.listingId, categoryId: leaf.id, title: "Chair", quantity: line.quantity, unitPricePaise: line.pricePaise, unitMrpPaise: line.mrpPaise, gstRateBps: line.gstRateBps, taxPaise: tax, totalPaise: subtotal + tax };
    });
    const sum = (pick: (item: (typeof items)[number]) => bigint) => items.reduce((total, item) => total + pick(item), 0n);
    await db.order.create({
      data: {
        number: `KRY-TEST-${++number}`, buyingMode, status, placedAt: new Date(placedAt),
        buyerOrganisationId: organisation.id, buyerUserId: buyer.id, consigneeUserId: consignee.id, payingAuthorityUserId: paying.id, ministryId: ministry.id,
        sellerId: from.id, sellerStateId: from.stateId, sellerDistrictId: from.districtId, sellerMseClass: from.mseClass, sellerIsWomenOwned: from.isWomenOwned, sellerIsScStOwned: from.isScStOwned,
        subtotalPaise: sum((item) => item.totalPaise - item.taxPaise), taxPaise: sum((item) => item.taxPaise), totalPaise: sum((item) => item.totalPaise),
        mrpTotalPaise: sum((item) => BigInt(item.quantity) * item.unitMrpPaise), deliveryAddress: "Bhopal", deliveryStateId: mp.id,
        items: { create: items },
      },
    });
  };
  await order(micro, "DIRECT", "PAID", "2025-06-10T10:30:00+05:30", [{ quantity: 10, pricePaise: 1_000_00n, mrpPaise: 1_250_00n, gstRateBps: 1800 }]);
  await order(medium, "L1", "DELIVERED", "2026-03-31T23:59:00+05:30", [{ quantity: 2, pricePaise: 3_000_00n, mrpPaise: 3_500_00n, gstRateBps: 500 }]);
  await order(small, "BID", "ACCEPTED", "2026-04-01T00:30:00+05:30", [{ quantity: 5, pricePaise: 400_00n, mrpPaise: 500_00n, gstRateBps: 1200 }]);
  await order(medium, "DIRECT", "PLACED", "2026-08-01T11:00:00+05:30", [
    { quantity: 1, pricePaise: 1_000_00n, mrpPaise: 1_000_00n, gstRateBps: 0 },
    { quantity: 3, pricePaise: 200_00n, mrpPaise: 300_00n, gstRateBps: 1800 },
  ]);
  const lakh: Line[] = [{ quantity: 1, pricePaise: 1_00_000_00n, mrpPaise: 2_00_000_00n, gstRateBps: 0 }];
  await order(small, "DIRECT", "REJECTED", "2024-12-01T12:00:00+05:30", lakh);
  await order(micro, "DIRECT", "CANCELLED", "2026-05-01T12:00:00+05:30", lakh);
  await order(micro, "BID", "AUTO_CANCELLED", "2026-06-01T12:00:00+05:30", lakh);
  await order(medium, "L1", "GOODS_REJECTED", "2025-09-01T12:00:00+05:30", lakh);
}

const statistics = (year: number | "all") => getPublicStatistics(database().db, { year, now: NOW });

describe("public statistics", () => {
  it("sums every year: GMV, MSE shares against the targets, savings and buying modes, without undone orders", async () => {
    const { headline, chosen, years } = await statistics("all");
    expect(chosen).toBe("all");
    // FY 2024-25 held only a rejected order: the years start with 2025-26.
    expect(years).toEqual([{ startYear: 2026, label: "2026–27" }, { startYear: 2025, label: "2025–26" }]);
    expect(headline).toEqual({
      orders: 4n,
      gmvPaise: 22_048_00n, // 11,800 + 6,300 + 2,240 + 1,708
      mseGmvPaise: 14_040_00n, // O1 + O3
      mseBps: 6368, // 14,040 / 22,048 = 63.679 %
      mrpPaise: 23_900_00n, // 12,500 + 7,000 + 2,500 + 1,900
      savingsPaise: 4_300_00n, // 23,900 - 19,600
      savingsBps: 1799, // 4,300 / 23,900 = 17.992 %
      scStGmvPaise: 2_240_00n,
      scStBps: 1016, // 2,240 / 22,048 = 10.160 %
      womenGmvPaise: 11_800_00n,
      womenBps: 5352, // 11,800 / 22,048 = 53.520 %
      mseSavingsBps: 2000, // (12,500 + 2,500 - 10,000 - 2,000) / 15,000
      modes: {
        direct: { orders: 2n, gmvPaise: 13_508_00n, gmvBps: 6127 }, // O1 + O4: 61.267 %
        l1: { orders: 1n, gmvPaise: 6_300_00n, gmvBps: 2857 }, // 28.574 %
        bid: { orders: 1n, gmvPaise: 2_240_00n, gmvBps: 1016 },
      },
    });
    expect((await statistics("all")).byState.total).toEqual((await statistics("all")).byYear.total);
  });

  it("puts an order of 00:30 IST on 1 April in the new financial year, and one of 23:59 on 31 March in the old", async () => {
    const { byYear } = await statistics(2025);
    expect(byYear.rows).toEqual([
      { startYear: 2026, label: "2026–27", orders: 2n, gmvPaise: 3_948_00n, mseGmvPaise: 2_240_00n, mseBps: 5674, mrpPaise: 4_400_00n, savingsPaise: 800_00n, savingsBps: 1818 },
      { startYear: 2025, label: "2025–26", orders: 2n, gmvPaise: 18_100_00n, mseGmvPaise: 11_800_00n, mseBps: 6519, mrpPaise: 19_500_00n, savingsPaise: 3_500_00n, savingsBps: 1795 },
    ]);
    expect(byYear.total.gmvPaise).toBe(22_048_00n);
  });

  it("breaks a year down by the seller's state, every state listed, largest GMV first", async () => {
    const { chosen, chosenLabel, headline, byState } = await statistics(2026);
    expect([chosen, chosenLabel, headline.orders, headline.gmvPaise]).toEqual([2026, "2026–27", 2n, 3_948_00n]);
    // toEqual leaves out undefined properties: the ids are the database's, not the test's.
    expect(byState.rows.map((row) => ({ ...row, stateId: undefined }))).toEqual([
      { name: "Kerala", nameHi: "केरल", orders: 1n, gmvPaise: 2_240_00n, mseGmvPaise: 2_240_00n, mseBps: 10_000, mrpPaise: 2_500_00n, savingsPaise: 500_00n, savingsBps: 2000 },
      { name: "Madhya Pradesh", nameHi: "मध्य प्रदेश", orders: 1n, gmvPaise: 1_708_00n, mseGmvPaise: 0n, mseBps: 0, mrpPaise: 1_900_00n, savingsPaise: 300_00n, savingsBps: 1579 },
      { name: "Sikkim", nameHi: "सिक्किम", orders: 0n, gmvPaise: 0n, mseGmvPaise: 0n, mseBps: null, mrpPaise: 0n, savingsPaise: 0n, savingsBps: null },
    ]);
    expect(byState.total).toEqual({ orders: 2n, gmvPaise: 3_948_00n, mseGmvPaise: 2_240_00n, mseBps: 5674, mrpPaise: 4_400_00n, savingsPaise: 800_00n, savingsBps: 1818 });
  });

  it("reads the year from the address: a year, all, or else the current year; a year without figures is the current one", async () => {
    expect(readStatisticsYear("2025", NOW)).toBe(2025);
    expect(readStatisticsYear("all", NOW)).toBe("all");
    for (const invalid of [undefined, "", "25-26", "1999", ["x", "2025"], null]) expect(readStatisticsYear(invalid, NOW)).toBe(2026);
    expect((await statistics(2019)).chosen).toBe(2026);
  });

  it("writes CSV tables whose Total row is the headline: rupees and shares with two decimals", async () => {
    const all = await statistics("all");
    const years = yearsCsv(all);
    expect(years.header).toEqual(["Financial year", "Orders", "GMV (Rs)", "MSE GMV (Rs)", "MSE share (%)", "MRP value before tax (Rs)", "Savings (Rs)", "Savings (%)"]);
    expect(years.rows).toEqual([
      ["2026-27", "2", "3948.00", "2240.00", "56.74", "4400.00", "800.00", "18.18"],
      ["2025-26", "2", "18100.00", "11800.00", "65.19", "19500.00", "3500.00", "17.95"],
      ["Total", "4", "22048.00", "14040.00", "63.68", "23900.00", "4300.00", "17.99"],
    ]);
    const states = statesCsv(await statistics(2026));
    expect(states.filename).toBe("kraya-statistics-by-seller-state-2026-27.csv");
    expect(states.rows.at(-2)).toEqual(["Sikkim", "सिक्किम", "0", "0.00", "0.00", "", "0.00", "0.00", ""]);
    expect(states.rows.at(-1)).toEqual(["Total", "", "2", "3948.00", "2240.00", "56.74", "4400.00", "800.00", "18.18"]);
    expect(statesCsv(all).rows.at(-1)).toEqual(["Total", "", ...years.rows.at(-1)!.slice(1)]);
  });
});
