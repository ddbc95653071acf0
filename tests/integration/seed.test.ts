// @vitest-environment node
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrderStatus } from "../../lib/db/generated/enums";
import {
  gstStateCodeFromGstin,
  isPanConsistentWithEntityType,
  isValidGstin,
  isValidIfsc,
  isValidPan,
  isValidUdyam,
  panFromGstin,
} from "../../lib/sellers/identifiers";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { isDatabaseEmpty, seedDatabase } from "../../prisma/seed/seed-database";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The demo seed at a small scale, on a real database: reference data whole, demo accounts
// usable, every order status present, money consistent to the paisa, identifiers valid, and
// the same rows on every run.

const SCALE = 0.05;
const opened: TestDatabase[] = [];
let database: TestDatabase;

async function openSeeded(): Promise<TestDatabase> {
  const seeded = await createTestDatabase();
  opened.push(seeded);
  await seedDatabase(seeded.db, { scale: SCALE });
  return seeded;
}

async function digestOrders(target: TestDatabase): Promise<string> {
  const orders = await target.db.order.findMany({
    select: { number: true, status: true, totalPaise: true, placedAt: true, sellerId: true, buyerOrganisationId: true },
    orderBy: { id: "asc" },
  });
  const listings = await target.db.listing.findMany({ select: { title: true, pricePaise: true }, orderBy: { id: "asc" } });
  const hash = createHash("sha256");
  for (const order of orders) hash.update(`${order.number}|${order.status}|${order.totalPaise}|${order.placedAt.toISOString()}|${order.sellerId}|${order.buyerOrganisationId}\n`);
  for (const listing of listings) hash.update(`${listing.title}|${listing.pricePaise}\n`);
  return hash.digest("hex");
}

beforeAll(async () => {
  database = await openSeeded();
}, 120_000);

afterAll(async () => {
  for (const target of opened) await target.close();
});

describe("seedDatabase", () => {
  it("loads the reference data whole: 36 states and UTs, the special markets' categories", async () => {
    const { db } = database;
    expect(await db.state.count()).toBe(36);
    expect(await db.state.count({ where: { kind: "UT" } })).toBe(8);
    expect(await db.ministry.count()).toBe(52);
    expect(await db.category.count({ where: { isLeaf: true, market: "HANDLOOM" } })).toBe(28);
    expect(await db.category.count({ where: { isLeaf: true, market: "HANDICRAFT" } })).toBe(170);
    expect(await db.category.count({ where: { isLeaf: true, market: "SARAS" } })).toBe(5);
    const telangana = await db.state.findUniqueOrThrow({ where: { code: "TS" } });
    expect(telangana.gstCode).toBe("36");
  });

  it("creates every demo account with its role", async () => {
    const { db } = database;
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, include: { roles: true } });
      expect(user.name).toBe(account.name);
      expect(user.roles.map((role) => role.role)).toEqual([account.role]);
    }
    const national = await db.userRole.findFirstOrThrow({ where: { user: { email: "admin@kraya.demo" } } });
    expect(national.adminScope).toBe("NATIONAL");
    const stateAdmin = await db.userRole.findFirstOrThrow({ where: { user: { email: "admin.mp@kraya.demo" } }, include: { state: true } });
    expect(stateAdmin.adminScope).toBe("STATE");
    expect(stateAdmin.state?.code).toBe("MP");
  });

  it("puts the buyer-side demo users in one verified organisation in Madhya Pradesh", async () => {
    const users = await database.db.user.findMany({
      where: { email: { in: ["buyer@kraya.demo", "consignee@kraya.demo", "paying@kraya.demo", "head@kraya.demo"] } },
      include: { organisation: { include: { state: true } }, office: { include: { district: true } } },
    });
    expect(users).toHaveLength(4);
    expect(new Set(users.map((user) => user.organisationId)).size).toBe(1);
    const organisation = users[0]?.organisation;
    expect(organisation?.verificationStatus).toBe("VERIFIED");
    expect(organisation?.state?.code).toBe("MP");
    expect(users[0]?.office?.district.name).toBe("Bhopal");
  });

  it("makes the demo sellers a verified micro enterprise and a verified women's SHG with valid identifiers", async () => {
    const { db } = database;
    const mse = await db.seller.findFirstOrThrow({ where: { users: { some: { email: "mse.seller@kraya.demo" } } }, include: { gstins: true, state: true } });
    expect(mse.verificationStatus).toBe("VERIFIED");
    expect(mse.mseClass).toBe("MICRO");
    expect(mse.state.code).toBe("MP");
    expect(isValidPan(mse.pan)).toBe(true);
    expect(isValidUdyam(mse.udyamNumber ?? "")).toBe(true);
    expect(isValidIfsc(mse.ifsc ?? "")).toBe(true);
    const primary = mse.gstins.find((gstin) => gstin.isPrimary);
    expect(primary && isValidGstin(primary.gstin)).toBe(true);
    expect(primary?.gstin.slice(0, 2)).toBe("23");
    const shg = await db.seller.findFirstOrThrow({ where: { users: { some: { email: "shg.seller@kraya.demo" } } } });
    expect(shg).toMatchObject({ verificationStatus: "VERIFIED", isShg: true, isWomenOwned: true, entityType: "SELF_HELP_GROUP" });
    const sarasListings = await db.listing.count({ where: { sellerId: shg.id, status: "APPROVED", category: { market: "SARAS" } } });
    expect(sarasListings).toBeGreaterThan(0);
  });

  it("has orders in every status, and demo orders in every status for both demo sellers", async () => {
    const { db } = database;
    const statuses = await db.order.groupBy({ by: ["status"], _count: true });
    expect(new Set(statuses.map((row) => row.status))).toEqual(new Set(Object.values(OrderStatus)));
    const buyer = await db.user.findUniqueOrThrow({ where: { email: "buyer@kraya.demo" } });
    for (const email of ["mse.seller@kraya.demo", "shg.seller@kraya.demo"]) {
      const demo = await db.order.groupBy({
        by: ["status"],
        where: { buyerOrganisationId: buyer.organisationId ?? -1, seller: { users: { some: { email } } } },
        _count: true,
      });
      expect(new Set(demo.map((row) => row.status))).toEqual(new Set(Object.values(OrderStatus)));
    }
  });

  it("keeps every order's money consistent with its items, to the paisa", async () => {
    const { db } = database;
    const items = await db.orderItem.findMany({ select: { orderId: true, quantity: true, unitPricePaise: true, gstRateBps: true, taxPaise: true, totalPaise: true } });
    const byOrder = new Map<number, { subtotal: bigint; tax: bigint; total: bigint }>();
    for (const item of items) {
      const line = item.unitPricePaise * BigInt(item.quantity);
      expect(item.taxPaise).toBe(BigInt(Math.round((Number(line) * item.gstRateBps) / 10_000)));
      expect(item.totalPaise).toBe(line + item.taxPaise);
      const sums = byOrder.get(item.orderId) ?? { subtotal: 0n, tax: 0n, total: 0n };
      byOrder.set(item.orderId, { subtotal: sums.subtotal + line, tax: sums.tax + item.taxPaise, total: sums.total + item.totalPaise });
    }
    const orders = await db.order.findMany({ select: { id: true, subtotalPaise: true, taxPaise: true, totalPaise: true } });
    expect(orders.length).toBeGreaterThan(1_000);
    for (const order of orders) {
      expect(byOrder.get(order.id)).toEqual({ subtotal: order.subtotalPaise, tax: order.taxPaise, total: order.totalPaise });
    }
    const payments = await db.payment.findMany({ include: { invoice: true } });
    for (const payment of payments) {
      expect(payment.amountPaise).toBe(payment.invoice.amountPaise);
      expect(payment.interestPaise).toBe(BigInt(Math.round((Number(payment.amountPaise) * payment.daysLate) / 3000)));
    }
    expect(await db.payment.count()).toBe(await db.order.count({ where: { status: "PAID" } }));
  });

  it("gives every seller valid identifiers that agree with its legal form and state", async () => {
    const sellers = await database.db.seller.findMany({ include: { gstins: { include: { state: true } }, state: true } });
    for (const seller of sellers) {
      expect(isValidPan(seller.pan)).toBe(true);
      expect(isPanConsistentWithEntityType(seller.pan, seller.entityType)).toBe(true);
      if (seller.udyamNumber !== null) expect(isValidUdyam(seller.udyamNumber)).toBe(true);
      if (seller.ifsc !== null) expect(isValidIfsc(seller.ifsc)).toBe(true);
      for (const gstin of seller.gstins) {
        expect(isValidGstin(gstin.gstin)).toBe(true);
        expect(panFromGstin(gstin.gstin)).toBe(seller.pan);
        expect(gstStateCodeFromGstin(gstin.gstin)).toBe(gstin.state.gstCode);
        if (gstin.isPrimary) expect(gstin.stateId).toBe(seller.stateId);
      }
    }
  });

  it("makes about a fifth of the sellers micro or small enterprises", async () => {
    const { db } = database;
    const sellers = await db.seller.count();
    const mse = await db.seller.count({ where: { mseClass: { in: ["MICRO", "SMALL"] } } });
    expect(mse / sellers).toBeGreaterThan(0.12);
    expect(mse / sellers).toBeLessThan(0.28);
  });

  it("snapshots the seller and buyer on every order", async () => {
    const orders = await database.db.order.findMany({
      select: { sellerStateId: true, sellerDistrictId: true, sellerMseClass: true, sellerIsShg: true, buyerStateId: true, seller: true, buyerOrganisation: true },
    });
    for (const order of orders) {
      expect(order.sellerStateId).toBe(order.seller.stateId);
      expect(order.sellerDistrictId).toBe(order.seller.districtId);
      expect(order.sellerMseClass).toBe(order.seller.mseClass);
      expect(order.sellerIsShg).toBe(order.seller.isShg);
      expect(order.buyerStateId).toBe(order.buyerOrganisation.stateId);
    }
  });

  it("refuses to seed a database that already has data", async () => {
    expect(await isDatabaseEmpty(database.db)).toBe(false);
    await expect(seedDatabase(database.db, { scale: SCALE })).rejects.toThrow(/db:reset/);
  });

  it("moves the id sequences past the seeded rows", async () => {
    const { db } = database;
    const last = await db.feedback.aggregate({ _max: { id: true } });
    const created = await db.feedback.create({ data: { page: "/help", category: "test", text: "Sequence check" } });
    expect(created.id).toBe((last._max.id ?? 0) + 1);
  });

  it("produces identical rows on every run", async () => {
    const again = await openSeeded();
    const [firstDigest, secondDigest] = await Promise.all([digestOrders(database), digestOrders(again)]);
    expect(secondDigest).toBe(firstDigest);
  }, 120_000);
});
