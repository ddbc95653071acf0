import { describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import type { MseClass, OrderStatus, Role } from "@/lib/db/generated/enums";
import { getBuyerDashboard } from "@/lib/reporting/buyer-dashboard";
import { readYearParam } from "@/lib/reporting/dashboard-figures";
import { getSellerDashboard } from "@/lib/reporting/seller-dashboard";
import { setUpTestDatabase } from "../support/test-database";

// A hand-built market, small enough that every figure below is worked out by hand.
// "Now" is 31 March 2026, 17:30 IST: the last day of FY 2025-26.
const NOW = new Date("2026-03-31T12:00:00Z");
const rs = (rupees: number) => BigInt(rupees) * 100n;
const at = (iso: string) => new Date(iso);
const hoursAfter = (date: Date, hours: number) => new Date(date.getTime() + hours * 3_600_000);

type Fixture = Awaited<ReturnType<typeof buildMarket>>;
let market: Fixture;
const database = setUpTestDatabase(async (created) => {
  market = await buildMarket(created.db);
});

let userSequence = 0;
async function userWith(db: Db, roles: Role[], link: { sellerId?: number; organisationId?: number } = {}): Promise<Actor> {
  userSequence += 1;
  const user = await db.user.create({
    data: { email: `dashboard${userSequence}@example.gov.in`, name: `User ${userSequence}`, passwordHash: "unused", ...link, roles: { create: roles.map((role) => ({ role })) } },
  });
  return (await loadActor(db, user.id))!;
}

async function buildMarket(db: Db) {
  const state = await db.state.create({ data: { code: "MP", gstCode: "23", name: "Madhya Pradesh", nameHi: "मध्य प्रदेश", kind: "STATE" } });
  const district = await db.district.create({ data: { stateId: state.id, name: "Bhopal", nameHi: "भोपाल" } });
  const ministry = await db.ministry.create({ data: { name: "Ministry of Textiles", nameHi: "वस्त्र मंत्रालय", shortName: "MoT" } });
  const department = await db.department.create({ data: { name: "Office of the Development Commissioner", nameHi: "विकास आयुक्त कार्यालय", ministryId: ministry.id } });
  const organisation = (name: string) => db.buyerOrganisation.create({ data: { name, type: "CENTRAL_MINISTRY", departmentId: department.id, verificationStatus: "VERIFIED" } });
  const [orgA, orgB] = [await organisation("Weavers' Service Centre, Bhopal"), await organisation("Handicrafts Service Centre, Indore")];
  const category = await db.category.create({ data: { slug: "cotton-durries", name: "Cotton durries", nameHi: "सूती दरी", kind: "PRODUCT", unit: "piece" } });

  const seller = async (pan: string, mseClass: MseClass, flags: { isScStOwned?: boolean; isWomenOwned?: boolean }) => {
    const created = await db.seller.create({
      data: { legalName: `Seller ${pan}`, entityType: "PROPRIETORSHIP", pan, mseClass, ...flags, addressLine: "1 Market Road", pincode: "462001", stateId: state.id, districtId: district.id, verificationStatus: "VERIFIED" },
    });
    const listing = await db.listing.create({ data: { sellerId: created.id, categoryId: category.id, kind: "PRODUCT", title: "Cotton durrie", pricePaise: rs(1_000), mrpPaise: rs(1_250), status: "APPROVED" } });
    return { ...created, listingId: listing.id };
  };
  const s1 = await seller("AAAPA1111A", "MICRO", { isScStOwned: true });
  const s2 = await seller("AAAPB2222B", "SMALL", { isWomenOwned: true });
  const s3 = await seller("AAAPC3333C", "NOT_MSME", {});
  await db.seller.update({ where: { id: s1.id }, data: { ratingAverage: "4.50", ratingCount: 8 } });

  const [buyerA, buyerB, consignee, paying] = [
    await userWith(db, ["BUYER"], { organisationId: orgA.id }),
    await userWith(db, ["BUYER"], { organisationId: orgB.id }),
    await userWith(db, ["CONSIGNEE"], { organisationId: orgA.id }),
    await userWith(db, ["PAYING_AUTHORITY"], { organisationId: orgA.id }),
  ];

  let orderSequence = 0;
  type OrderSpec = {
    org: { id: number }; buyer: Actor; sellerOf: typeof s1; status: OrderStatus; placedAt: Date; subtotal: number; tax?: number; mrp: number;
    acceptedAfterHours?: number; deliveryDueAt?: Date; deliveredAt?: Date; goodsAcceptedAt?: Date;
    invoice?: { dueAt: Date; paidAt?: Date };
  };
  const order = async (spec: OrderSpec) => {
    orderSequence += 1;
    const total = spec.subtotal + (spec.tax ?? 0);
    const created = await db.order.create({
      data: {
        number: `KRAYA-TEST-${orderSequence}`, buyingMode: "DIRECT", status: spec.status, buyerOrganisationId: spec.org.id, buyerUserId: spec.buyer.userId,
        consigneeUserId: consignee.userId, payingAuthorityUserId: paying.userId, sellerId: spec.sellerOf.id, sellerStateId: state.id, sellerDistrictId: district.id,
        sellerMseClass: spec.sellerOf.mseClass, sellerIsScStOwned: spec.sellerOf.isScStOwned, sellerIsWomenOwned: spec.sellerOf.isWomenOwned,
        subtotalPaise: rs(spec.subtotal), taxPaise: rs(spec.tax ?? 0), totalPaise: rs(total), mrpTotalPaise: rs(spec.mrp), deliveryAddress: "Arera Hills, Bhopal", deliveryStateId: state.id,
        placedAt: spec.placedAt, acceptedAt: spec.acceptedAfterHours === undefined ? null : hoursAfter(spec.placedAt, spec.acceptedAfterHours),
        deliveryDueAt: spec.deliveryDueAt, deliveredAt: spec.deliveredAt, goodsAcceptedAt: spec.goodsAcceptedAt,
        items: { create: { listingId: spec.sellerOf.listingId, categoryId: category.id, title: "Cotton durrie", quantity: 1, unitPricePaise: rs(spec.subtotal), unitMrpPaise: rs(spec.mrp), gstRateBps: 0, taxPaise: rs(spec.tax ?? 0), totalPaise: rs(total) } },
      },
    });
    if (spec.invoice) {
      const { paidAt } = spec.invoice;
      const invoice = await db.invoice.create({
        data: { number: `INV-${orderSequence}`, orderId: created.id, sellerId: spec.sellerOf.id, amountPaise: rs(total), taxPaise: rs(spec.tax ?? 0), status: paidAt ? "PAID" : "RAISED", issuedAt: spec.goodsAcceptedAt ?? spec.placedAt, dueAt: spec.invoice.dueAt },
      });
      if (paidAt) await db.payment.create({ data: { invoiceId: invoice.id, orderId: created.id, amountPaise: rs(total), reference: `UTR${orderSequence}`, paidAt, recordedById: paying.userId } });
    }
  };
  const a = { org: orgA, buyer: buyerA };
  // o1: MSE (SC/ST), April, accepted in 6 h, delivered on time, paid 8 days after acceptance of goods.
  await order({ ...a, sellerOf: s1, status: "PAID", placedAt: at("2025-04-10T04:30:00Z"), subtotal: 40_000, tax: 2_000, mrp: 50_000, acceptedAfterHours: 6,
    deliveryDueAt: at("2025-04-20T12:00:00Z"), deliveredAt: at("2025-04-18T12:00:00Z"), goodsAcceptedAt: at("2025-04-22T06:30:00Z"), invoice: { dueAt: at("2025-05-22T06:30:00Z"), paidAt: at("2025-04-30T06:30:00Z") } });
  // o2: MSE (SC/ST), December, accepted in 10 h, delivered late, invoice overdue since 30 January.
  await order({ ...a, sellerOf: s1, status: "INVOICED", placedAt: at("2025-12-05T04:30:00Z"), subtotal: 20_000, mrp: 25_000, acceptedAfterHours: 10,
    deliveryDueAt: at("2025-12-15T12:00:00Z"), deliveredAt: at("2025-12-20T12:00:00Z"), goodsAcceptedAt: at("2025-12-31T06:30:00Z"), invoice: { dueAt: at("2026-01-30T06:30:00Z") } });
  // o3 rejected, o4 left to lapse: no GMV, but answers the seller owed.
  await order({ ...a, sellerOf: s1, status: "REJECTED", placedAt: at("2025-06-01T04:30:00Z"), subtotal: 10_000, mrp: 12_000 });
  await order({ ...a, sellerOf: s1, status: "AUTO_CANCELLED", placedAt: at("2025-07-01T04:30:00Z"), subtotal: 5_000, mrp: 5_000 });
  // o5: placed in February, not answered yet: GMV, not yet owed an answer.
  await order({ ...a, sellerOf: s1, status: "PLACED", placedAt: at("2026-02-14T04:30:00Z"), subtotal: 8_000, mrp: 8_000 });
  // o6: MSE (women), September, paid 20 days after acceptance of goods: late.
  await order({ ...a, sellerOf: s2, status: "PAID", placedAt: at("2025-09-15T04:30:00Z"), subtotal: 30_000, mrp: 40_000, acceptedAfterHours: 1,
    goodsAcceptedAt: at("2025-10-01T06:30:00Z"), invoice: { dueAt: at("2025-10-31T06:30:00Z"), paidAt: at("2025-10-21T06:30:00Z") } });
  // o7: not an MSE; 00:30 IST on 1 April 2025, so April of FY 2025-26; invoice not yet due.
  await order({ ...a, sellerOf: s3, status: "INVOICED", placedAt: at("2025-03-31T19:00:00Z"), subtotal: 50_000, mrp: 55_000, acceptedAfterHours: 2,
    goodsAcceptedAt: at("2026-03-20T06:30:00Z"), invoice: { dueAt: at("2026-04-19T06:30:00Z") } });
  // o8: 23:30 IST on 31 March 2025, so FY 2024-25; its payment, 3 days after acceptance, falls in FY 2025-26.
  await order({ ...a, sellerOf: s3, status: "PAID", placedAt: at("2025-03-31T18:00:00Z"), subtotal: 1_00_000, mrp: 1_00_000, acceptedAfterHours: 2,
    goodsAcceptedAt: at("2025-04-02T06:30:00Z"), invoice: { dueAt: at("2025-05-02T06:30:00Z"), paidAt: at("2025-04-05T06:30:00Z") } });
  // o9: cancelled by the buyer before the seller answered.
  await order({ ...a, sellerOf: s2, status: "CANCELLED", placedAt: at("2025-05-01T04:30:00Z"), subtotal: 3_000, mrp: 3_000 });
  // o10: another organisation's order from seller 1, accepted in 2 h, delivered on time, invoice not yet due.
  await order({ org: orgB, buyer: buyerB, sellerOf: s1, status: "INVOICED", placedAt: at("2025-08-01T04:30:00Z"), subtotal: 70_000, mrp: 70_000, acceptedAfterHours: 2,
    deliveryDueAt: at("2025-08-10T12:00:00Z"), deliveredAt: at("2025-08-09T12:00:00Z"), goodsAcceptedAt: at("2025-08-12T06:30:00Z"), invoice: { dueAt: at("2026-04-30T06:30:00Z") } });

  return {
    buyerA, buyerB,
    seller1: await userWith(db, ["SELLER_ADMIN"], { sellerId: s1.id }),
    seller2: await userWith(db, ["SELLER_STAFF"], { sellerId: s2.id }),
    facilitator: await userWith(db, ["FACILITATOR"]),
  };
}

const monthsWith = (values: Record<number, [number, number]>) =>
  Array.from({ length: 12 }, (_, index) => ({ orders: values[index]?.[0] ?? 0, gmvPaise: rs(values[index]?.[1] ?? 0) }));
const withoutDates = (months: { orders: number; gmvPaise: bigint }[]) => months.map(({ orders, gmvPaise }) => ({ orders, gmvPaise }));

describe("seller dashboard", () => {
  it("shows the seller's own year: orders, GMV, answers, deliveries, rating, payments due", async () => {
    const dashboard = (await getSellerDashboard(database().db, market.seller1, { now: NOW }))!;
    expect(dashboard.year).toEqual({ startYear: 2025, label: "2025–26" });
    expect(dashboard.years).toEqual([{ startYear: 2025, label: "2025–26" }]);
    // o1, o2, o3, o4, o5 and o10; GMV Rs 42,000 + 20,000 + 8,000 + 70,000.
    expect(dashboard.ordersReceived).toBe(6);
    expect(dashboard.gmv).toEqual({ orders: 4, valuePaise: 1_40_000_00n });
    // Accepted o1, o2, o10; rejected o3; lapsed o4: 3, 1 and 1 of 5. Median of 6, 10 and 2 hours.
    expect(dashboard.acceptance).toEqual({ answerable: 5, accepted: 3, rejected: 1, autoCancelled: 1, acceptedBps: 6_000, rejectedBps: 2_000, autoCancelledBps: 2_000, medianHoursToAccept: 6 });
    // o1 and o10 on time, o2 late.
    expect(dashboard.delivery).toEqual({ delivered: 3, onTime: 2, onTimeBps: 6_667 });
    expect(dashboard.rating).toEqual({ average: 4.5, count: 8 });
    // o2 (Rs 20,000, overdue) and o10 (Rs 70,000, due in April).
    expect(dashboard.paymentsDue).toEqual({ count: 2, amountPaise: 90_000_00n, overdueCount: 1, overduePaise: 20_000_00n });
    expect(withoutDates(dashboard.byMonth)).toEqual(monthsWith({ 0: [1, 42_000], 4: [1, 70_000], 8: [1, 20_000], 10: [1, 8_000] }));
    expect(dashboard.byMonth[0]!.monthStart).toEqual(at("2025-03-31T18:30:00Z"));
    expect(dashboard.byStatus).toEqual([
      { status: "PLACED", orders: 1, valuePaise: 8_000_00n },
      { status: "REJECTED", orders: 1, valuePaise: 10_000_00n },
      { status: "AUTO_CANCELLED", orders: 1, valuePaise: 5_000_00n },
      { status: "INVOICED", orders: 2, valuePaise: 90_000_00n },
      { status: "PAID", orders: 1, valuePaise: 42_000_00n },
    ]);
  });

  it("never counts another seller's orders", async () => {
    // Seller 2 has o6 (paid) and o9 (cancelled by the buyer) only, though seller 1 and 3 sold to the same buyer.
    const dashboard = (await getSellerDashboard(database().db, market.seller2, { now: NOW }))!;
    expect(dashboard.ordersReceived).toBe(2);
    expect(dashboard.gmv).toEqual({ orders: 1, valuePaise: 30_000_00n });
    expect(dashboard.acceptance).toMatchObject({ answerable: 1, accepted: 1, medianHoursToAccept: 1 });
    expect(dashboard.paymentsDue).toEqual({ count: 0, amountPaise: 0n, overdueCount: 0, overduePaise: 0n });
    expect(dashboard.rating).toEqual({ average: null, count: 0 });
  });

  it("gives nothing to a facilitator or a buyer, who have no firm of their own", async () => {
    expect(await getSellerDashboard(database().db, market.facilitator, { now: NOW })).toBeNull();
    expect(await getSellerDashboard(database().db, market.buyerA, { now: NOW })).toBeNull();
  });
});

describe("buyer organisation dashboard", () => {
  it("shows the organisation's spend, MSE share, savings and payments for the year", async () => {
    const dashboard = (await getBuyerDashboard(database().db, market.buyerA, { now: NOW }))!;
    expect(dashboard.year).toEqual({ startYear: 2025, label: "2025–26" });
    expect(dashboard.years).toEqual([{ startYear: 2025, label: "2025–26" }, { startYear: 2024, label: "2024–25" }]);
    // o1-o7 and o9 placed; GMV o1 42,000 + o2 20,000 + o5 8,000 + o6 30,000 + o7 50,000 = Rs 1,50,000.
    expect(dashboard.ordersPlaced).toBe(8);
    expect(dashboard.gmv).toEqual({ orders: 5, valuePaise: 1_50_000_00n });
    // MSE: o1, o2, o5, o6 = Rs 1,00,000 (66.67 %); SC/ST o1, o2, o5 = Rs 70,000 (46.67 %); women o6 = Rs 30,000 (20 %).
    expect(dashboard.mse).toEqual({
      all: { partPaise: 1_00_000_00n, bps: 6_667 },
      scSt: { partPaise: 70_000_00n, bps: 4_667 },
      women: { partPaise: 30_000_00n, bps: 2_000 },
      targets: { mse: 2_500, scSt: 400, women: 300 },
    });
    // MRP Rs 1,78,000 less Rs 1,48,000 paid before tax = Rs 30,000 (16.85 %); MSE: 1,23,000 - 98,000 = 25,000 (20.33 %).
    expect(dashboard.savings).toEqual({
      all: { savingsPaise: 30_000_00n, mrpPaise: 1_78_000_00n, bps: 1_685 },
      mse: { savingsPaise: 25_000_00n, mrpPaise: 1_23_000_00n, bps: 2_033 },
    });
    // Raised and unpaid: o2 (Rs 20,000, overdue) and o7 (Rs 50,000, due in April); o10 is another organisation's.
    expect(dashboard.pendingPayments).toEqual({ count: 2, amountPaise: 70_000_00n, overdueCount: 1, overduePaise: 20_000_00n });
    // Paid in the year: o8 after 3 days, o1 after 8, o6 after 20: 2 of 3 within 10 days, median 8.
    expect(dashboard.timeliness).toEqual({ paidInvoices: 3, timely: 2, timelyBps: 6_667, medianDays: 8, withinDays: 10 });
    expect(withoutDates(dashboard.byMonth)).toEqual(monthsWith({ 0: [2, 92_000], 5: [1, 30_000], 8: [1, 20_000], 10: [1, 8_000] }));
  });

  it("shows an earlier year on request and the current one for a year without orders", async () => {
    const earlier = (await getBuyerDashboard(database().db, market.buyerA, { year: 2024, now: NOW }))!;
    expect(earlier.year.label).toBe("2024–25");
    expect(earlier.gmv).toEqual({ orders: 1, valuePaise: 1_00_000_00n });
    expect(earlier.mse.all).toEqual({ partPaise: 0n, bps: 0 });
    expect(withoutDates(earlier.byMonth)).toEqual(monthsWith({ 11: [1, 1_00_000] }));
    expect((await getBuyerDashboard(database().db, market.buyerA, { year: 2019, now: NOW }))!.year.startYear).toBe(2025);
  });

  it("never counts another organisation's orders", async () => {
    const dashboard = (await getBuyerDashboard(database().db, market.buyerB, { now: NOW }))!;
    expect(dashboard.ordersPlaced).toBe(1);
    expect(dashboard.gmv).toEqual({ orders: 1, valuePaise: 70_000_00n });
    expect(dashboard.mse.all).toEqual({ partPaise: 70_000_00n, bps: 10_000 });
    expect(dashboard.pendingPayments).toEqual({ count: 1, amountPaise: 70_000_00n, overdueCount: 0, overduePaise: 0n });
    expect(dashboard.timeliness).toMatchObject({ paidInvoices: 0, timelyBps: null, medianDays: null });
  });

  it("gives nothing to a seller's user", async () => {
    expect(await getBuyerDashboard(database().db, market.seller1, { now: NOW })).toBeNull();
  });
});

describe("the year parameter", () => {
  it("reads ?year=2025 as FY 2025-26 and anything else as no choice", () => {
    expect(readYearParam({ year: "2025" })).toBe(2025);
    expect(readYearParam({ year: ["2024", "2025"] })).toBe(2024);
    expect(readYearParam({ year: "2025-26" })).toBeUndefined();
    expect(readYearParam({ year: "99" })).toBeUndefined();
    expect(readYearParam({})).toBeUndefined();
  });
});
