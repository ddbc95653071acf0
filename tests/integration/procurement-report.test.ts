import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import type { BuyingMode, MseClass, OrderStatus, OrganisationType } from "@/lib/db/generated/enums";
import { listBuyerMseShares } from "@/lib/reporting/buyer-mse-table";
import { getProcurementReport } from "@/lib/reporting/get-procurement-report";
import { listMinistrySavings } from "@/lib/reporting/ministry-savings";
import { readFigures } from "@/lib/reporting/read-figures";
import { figuresCsv, type CsvColumns } from "@/lib/reporting/report-csv";
import { getStateFlows, getStateLeague } from "@/lib/reporting/state-flows";
import { rebuildReports } from "@/lib/reporting/update-report-cells";
import { setUpTestDatabase } from "../support/test-database";

// A small market built by hand; every expected figure is worked out by hand below (rupees;
// GST 0 except order B). FY 2026-27 unless said otherwise.
//   A  S1 Bihar micro women  <- Bihar state dept   DIRECT PAID       10 May   10 chairs x 1,000 (MRP 1,200)          = 10,000
//   B  S1                    <- Education (central) L1    DELIVERED  15 Jun   20 pens x 50 (MRP 60) + 18 % GST       =  1,180
//   C  S2 MP small SC/ST     <- Education (central) DIRECT ACCEPTED  20 Jun    5 chairs x 2,000 (MRP 2,500)          = 10,000
//   D  S3 MP medium          <- Bihar state dept   DIRECT PLACED      1 Jul    2 chairs x 5,000 (MRP 5,000)
//                                                                            + 10 pens x 100 (MRP 150)             = 11,000
//   E  S4 Bihar not MSE      <- Coal PSU (central)  BID   INVOICED    5 Aug    1 chair x 40,000 (MRP 50,000)         = 40,000
//   H  S3                    <- Coal PSU            DIRECT PAID   1 Nov 2025   1 chair x 3,000 (FY 2025-26)          =  3,000
// Not counted: F (S2 <- MP state dept, cancelled) and G (S1 <- Education, goods rejected).
// FY 2026-27: 5 orders, GMV 72,180; MSE (S1, S2) 21,180 = 29.34 %; SC/ST 10,000 = 13.85 %;
// women 11,180 = 15.49 %; MRP 87,200, price 72,000, savings 15,200 = 17.43 %; MSE savings
// 4,700 of 25,700 = 18.29 %.
const NOW = new Date("2026-11-21T12:00:00+05:30");
const FY = 2026;

type Line = { category: "chairs" | "pens"; quantity: number; price: number; mrp: number; gstBps?: number };
type Market = Awaited<ReturnType<typeof buildMarket>>;

let market: Market;
const database = setUpTestDatabase(async ({ db }) => {
  market = await buildMarket(db);
  await rebuildReports(db);
});

async function buildMarket(db: Db) {
  const state = (code: string, gstCode: string, name: string, nameHi: string, districts: string[]) =>
    db.state.create({ data: { code, gstCode, name, nameHi, kind: "STATE", districts: { create: districts.map((district) => ({ name: district, nameHi: district })) } }, include: { districts: true } });
  const bihar = await state("BR", "10", "Bihar", "बिहार", ["Patna"]);
  const mp = await state("MP", "23", "Madhya Pradesh", "मध्य प्रदेश", ["Bhopal", "Indore"]);
  const education = await db.ministry.create({ data: { name: "Ministry of Education", nameHi: "शिक्षा मंत्रालय", shortName: "MoE" } });
  const coal = await db.ministry.create({ data: { name: "Ministry of Coal", nameHi: "कोयला मंत्रालय", shortName: "MoC" } });
  const organisation = async (name: string, type: OrganisationType, place: { ministryId?: number; stateId?: number }) => {
    const department = await db.department.create({ data: { name: `${name} department`, nameHi: name, ministryId: place.ministryId ?? null, stateId: place.stateId ?? null } });
    return db.buyerOrganisation.create({ data: { name, type, stateId: place.stateId ?? null, verificationStatus: "VERIFIED", departmentId: department.id } });
  };
  const kv = await organisation("Kendriya Vidyalaya", "CENTRAL_MINISTRY", { ministryId: education.id });
  const coalPsu = await organisation("Coal India", "PSU", { ministryId: coal.id });
  const biharDept = await organisation("Bihar Rural Works", "STATE_DEPARTMENT", { stateId: bihar.id });
  const mpDept = await organisation("MP Health", "STATE_DEPARTMENT", { stateId: mp.id });
  const person = (email: string) => db.user.create({ data: { email, name: email, passwordHash: "x", organisationId: kv.id } });
  const [user, paying] = [await person("buyer@test.in"), await person("paying@test.in")];
  const furniture = await db.category.create({ data: { slug: "furniture", name: "Furniture", nameHi: "फ़र्नीचर", kind: "PRODUCT", unit: "piece", isLeaf: false } });
  const stationery = await db.category.create({ data: { slug: "stationery", name: "Stationery", nameHi: "लेखन सामग्री", kind: "PRODUCT", unit: "piece", isLeaf: false } });
  const leaves = {
    chairs: await db.category.create({ data: { slug: "chairs", name: "Chairs", nameHi: "कुर्सियाँ", kind: "PRODUCT", unit: "piece", parentId: furniture.id } }),
    pens: await db.category.create({ data: { slug: "pens", name: "Pens", nameHi: "पेन", kind: "PRODUCT", unit: "piece", parentId: stationery.id } }),
  };
  const seller = async (pan: string, district: { id: number; stateId: number }, mseClass: MseClass, owner: { isWomenOwned?: boolean; isScStOwned?: boolean } = {}) => {
    const created = await db.seller.create({
      data: { legalName: pan, entityType: "PROPRIETORSHIP", pan, mseClass, ...owner, addressLine: "1 Main Road", pincode: "800001", stateId: district.stateId, districtId: district.id, verificationStatus: "VERIFIED" },
    });
    const listing = await db.listing.create({ data: { sellerId: created.id, categoryId: leaves.chairs.id, kind: "PRODUCT", title: pan, pricePaise: 1n, mrpPaise: 1n, status: "APPROVED" } });
    return { ...created, listingId: listing.id };
  };
  const [patna, bhopal, indore] = [bihar.districts[0]!, mp.districts.find((d) => d.name === "Bhopal")!, mp.districts.find((d) => d.name === "Indore")!];
  const s1 = await seller("AAAPA0001A", patna, "MICRO", { isWomenOwned: true });
  const s2 = await seller("AAAPA0002A", bhopal, "SMALL", { isScStOwned: true });
  const s3 = await seller("AAAPA0003A", indore, "MEDIUM");
  const s4 = await seller("AAAPA0004A", patna, "NOT_MSME");

  let number = 0;
  const order = async (from: typeof s1, buyer: typeof kv, buyingMode: BuyingMode, status: OrderStatus, placedAt: string, lines: Line[]) => {
    const items = lines.map((line) => {
      const subtotal = BigInt(line.quantity * line.price * 100);
      const tax = (subtotal * BigInt(line.gstBps ?? 0)) / 10_000n;
      return { listingId: from.listingId, categoryId: leaves[line.category].id, title: line.category, quantity: line.quantity, unitPricePaise: BigInt(line.price * 100), unitMrpPaise: BigInt(line.mrp * 100), gstRateBps: line.gstBps ?? 0, taxPaise: tax, totalPaise: subtotal + tax };
    });
    const sum = (pick: (item: (typeof items)[number]) => bigint) => items.reduce((total, item) => total + pick(item), 0n);
    const department = await db.department.findFirstOrThrow({ where: { organisations: { some: { id: buyer.id } } } });
    return db.order.create({
      data: {
        number: `KRY-TEST-${++number}`, buyingMode, status, placedAt: new Date(placedAt),
        buyerOrganisationId: buyer.id, buyerUserId: user.id, consigneeUserId: user.id, payingAuthorityUserId: paying.id, ministryId: department.ministryId, buyerStateId: buyer.stateId,
        sellerId: from.id, sellerStateId: from.stateId, sellerDistrictId: from.districtId, sellerMseClass: from.mseClass, sellerIsWomenOwned: from.isWomenOwned, sellerIsScStOwned: from.isScStOwned,
        subtotalPaise: sum((item) => item.totalPaise - item.taxPaise), taxPaise: sum((item) => item.taxPaise), totalPaise: sum((item) => item.totalPaise),
        mrpTotalPaise: sum((item) => BigInt(item.quantity) * item.unitMrpPaise), deliveryAddress: "Patna", deliveryStateId: bihar.id,
        items: { create: items },
      },
    });
  };
  await order(s1, biharDept, "DIRECT", "PAID", "2026-05-10T11:00:00+05:30", [{ category: "chairs", quantity: 10, price: 1_000, mrp: 1_200 }]);
  await order(s1, kv, "L1", "DELIVERED", "2026-06-15T11:00:00+05:30", [{ category: "pens", quantity: 20, price: 50, mrp: 60, gstBps: 1800 }]);
  await order(s2, kv, "DIRECT", "ACCEPTED", "2026-06-20T11:00:00+05:30", [{ category: "chairs", quantity: 5, price: 2_000, mrp: 2_500 }]);
  await order(s3, biharDept, "DIRECT", "PLACED", "2026-07-01T11:00:00+05:30", [
    { category: "chairs", quantity: 2, price: 5_000, mrp: 5_000 },
    { category: "pens", quantity: 10, price: 100, mrp: 150 },
  ]);
  await order(s4, coalPsu, "BID", "INVOICED", "2026-08-05T11:00:00+05:30", [{ category: "chairs", quantity: 1, price: 40_000, mrp: 50_000 }]);
  await order(s2, mpDept, "DIRECT", "CANCELLED", "2026-08-10T11:00:00+05:30", [{ category: "chairs", quantity: 1, price: 99_999, mrp: 99_999 }]);
  await order(s1, kv, "DIRECT", "GOODS_REJECTED", "2026-09-01T11:00:00+05:30", [{ category: "chairs", quantity: 1, price: 77_777, mrp: 80_000 }]);
  await order(s3, coalPsu, "DIRECT", "PAID", "2025-11-01T11:00:00+05:30", [{ category: "chairs", quantity: 1, price: 3_000, mrp: 3_000 }]);
  return { bihar, mp, patna, education, coal, kv, coalPsu, biharDept, furniture, stationery };
}

const admin = (adminScope: Actor["adminScope"]): Actor => ({ userId: 1, name: "Admin", email: "admin@test.in", roles: ["ADMIN"], organisationId: null, sellerId: null, adminScope });
const national = () => admin({ level: "NATIONAL", stateId: null, districtId: null, blockId: null });
const biharAdmin = () => admin({ level: "STATE", stateId: market.bihar.id, districtId: null, blockId: null });
const patnaAdmin = () => admin({ level: "DISTRICT", stateId: market.bihar.id, districtId: market.patna.id, blockId: null });
const report = (actor: Actor, params: Parameters<typeof getProcurementReport>[2] = {}) => getProcurementReport(database().db, actor, { year: FY, ...params }, NOW);
const rows = (list: { param: string; figures: { gmvPaise: bigint; orders: bigint } }[] | undefined) => (list ?? []).map((row) => [row.param, row.figures.gmvPaise, row.figures.orders]);

describe("procurement report", () => {
  it("gives the national admin every figure of the year", async () => {
    const { totals, breakdowns, registered } = await report(national());
    expect(totals).toMatchObject({
      orders: 5n, gmvPaise: 72_180_00n, mseGmvPaise: 21_180_00n, mseScStGmvPaise: 10_000_00n, mseWomenGmvPaise: 11_180_00n,
      mrpPaise: 87_200_00n, pricePaise: 72_000_00n, mseMrpPaise: 25_700_00n, msePricePaise: 21_000_00n,
      directOrders: 3n, directGmvPaise: 31_000_00n, l1Orders: 1n, l1GmvPaise: 1_180_00n, bidOrders: 1n, bidGmvPaise: 40_000_00n,
    });
    expect(registered).toEqual({ sellers: 4, buyerOrganisations: 4 });
    expect(rows(breakdowns.sellerState)).toEqual([[String(market.bihar.id), 51_180_00n, 3n], [String(market.mp.id), 21_000_00n, 2n]]);
    expect(rows(breakdowns.ministry)).toEqual([[String(market.coal.id), 40_000_00n, 1n], ["0", 21_000_00n, 2n], [String(market.education.id), 11_180_00n, 2n]]);
    expect(rows(breakdowns.buyerType)).toEqual([["PSU", 40_000_00n, 1n], ["STATE_DEPARTMENT", 21_000_00n, 2n], ["CENTRAL_MINISTRY", 11_180_00n, 2n]]);
    expect(rows(breakdowns.sellerKind)).toEqual([["OTHER", 40_000_00n, 1n], ["SMALL", 10_000_00n, 1n], ["MEDIUM", 11_000_00n, 1n], ["MICRO", 11_180_00n, 2n]].sort((x, y) => Number((y[1] as bigint) - (x[1] as bigint))));
    // Order D has a line in each category: it counts once in each, once in all.
    expect(rows(breakdowns.category)).toEqual([[String(market.furniture.id), 70_000_00n, 4n], [String(market.stationery.id), 2_180_00n, 2n]]);
  });

  it("narrows everything when a ministry is chosen", async () => {
    const { totals, breakdowns, narrowedBy } = await report(national(), { ministry: market.education.id });
    expect([totals.orders, totals.gmvPaise, totals.mseGmvPaise]).toEqual([2n, 11_180_00n, 11_180_00n]);
    expect(rows(breakdowns.sellerState)).toEqual([[String(market.mp.id), 10_000_00n, 1n], [String(market.bihar.id), 1_180_00n, 1n]]);
    expect(narrowedBy).toEqual([{ key: "ministry", name: { name: "Ministry of Education", nameHi: "शिक्षा मंत्रालय" }, param: String(market.education.id) }]);
    // Three narrowings at once: the same figures.
    const deep = await report(national(), { ministry: market.education.id, category: market.furniture.id, sellerKind: "SMALL" });
    expect([deep.totals.orders, deep.totals.gmvPaise]).toEqual([1n, 10_000_00n]);
  });

  it("shows a Bihar admin only Bihar, whatever the link asks", async () => {
    const bihar = await report(biharAdmin(), { state: market.mp.id });
    expect(bihar.area).toEqual({ level: "STATE", stateId: market.bihar.id });
    expect([bihar.totals.orders, bihar.totals.gmvPaise, bihar.totals.mseGmvPaise]).toEqual([3n, 51_180_00n, 11_180_00n]);
    expect(bihar.breakdowns.sellerState).toBeUndefined();
    expect(rows(bihar.breakdowns.district)).toEqual([[String(market.patna.id), 51_180_00n, 3n]]);
    expect(bihar.registered).toEqual({ sellers: 2, buyerOrganisations: 1 });
    // A district admin's figures come from the orders, and agree.
    const patna = await report(patnaAdmin());
    expect([patna.totals.orders, patna.totals.gmvPaise]).toEqual([3n, 51_180_00n]);
  });

  it("splits a state's sellers' orders by where the buyer is, and ranks states by their buyers' GMV", async () => {
    const year = { from: new Date("2026-03-31T18:30:00Z"), to: new Date("2027-03-31T18:30:00Z") };
    const bihar = await getStateFlows(database().db, market.bihar.id, year);
    expect([bihar.sameState.gmvPaise, bihar.otherStates.gmvPaise, bihar.central.gmvPaise, bihar.central.mseGmvPaise]).toEqual([10_000_00n, 0n, 41_180_00n, 1_180_00n]);
    const mp = await getStateFlows(database().db, market.mp.id, year);
    expect([mp.sameState.gmvPaise, mp.otherStates.gmvPaise, mp.central.gmvPaise]).toEqual([0n, 11_000_00n, 10_000_00n]);
    const league = await getStateLeague(database().db, year);
    expect(league.map((row) => [row.name, row.boughtPaise, row.wonPaise, row.wonMsePaise])).toEqual([
      ["Bihar", 21_000_00n, 51_180_00n, 11_180_00n],
      ["Madhya Pradesh", 0n, 21_000_00n, 10_000_00n],
    ]);
  });

  it("lists ministry savings for a month and buyer organisations' MSE shares, laggards first", async () => {
    const june = await listMinistrySavings(database().db, { level: "NATIONAL" }, "2026-06");
    expect(june.map((row) => [row.name, row.figures.mrpPaise - row.figures.pricePaise, row.figures.mrpPaise])).toEqual([["Ministry of Education", 2_700_00n, 13_700_00n]]);
    const shares = await listBuyerMseShares(database().db, national(), FY);
    expect(shares.rows.map((row) => [row.name, row.gmvPaise, row.mseShareBps])).toEqual([["Coal India", 40_000_00n, 0], ["Bihar Rural Works", 21_000_00n, 4762], ["Kendriya Vidyalaya", 11_180_00n, 10_000]]);
    expect([shares.total, shares.belowTarget]).toEqual([3, 1]);
    const biharOnly = await listBuyerMseShares(database().db, biharAdmin(), FY);
    expect(biharOnly.rows.map((row) => row.name)).toEqual(["Bihar Rural Works"]);
  });

  it("writes CSV rows whose amounts add up to the total row, which is the screen's figures", async () => {
    const { totals, breakdowns } = await report(national());
    const columns = Object.fromEntries(["name", "gmv", "orders", "mseGmv", "mseShare", "mrp", "price", "savings", "savingsShare", "total"].map((key) => [key, key])) as CsvColumns;
    const csv = figuresCsv(columns, (breakdowns.sellerState ?? []).map((row) => ({ label: row.name!.name, figures: row.figures })), totals);
    expect(csv.rows).toEqual([
      ["Bihar", "51180.00", 3, "11180.00", "21.84", "63200.00", "51000.00", "12200.00", "19.30"],
      ["Madhya Pradesh", "21000.00", 2, "10000.00", "47.62", "24000.00", "21000.00", "3000.00", "12.50"],
      ["total", "72180.00", 5, "21180.00", "29.34", "87200.00", "72000.00", "15200.00", "17.43"],
    ]);
    expect(await readFigures(database().db, { area: { level: "NATIONAL" }, from: new Date("2025-03-31T18:30:00Z"), to: new Date("2026-03-31T18:30:00Z"), narrow: {} })).toMatchObject({ orders: 1n, gmvPaise: 3_000_00n });
  });
});
