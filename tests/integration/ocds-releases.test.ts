import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { findOcdsRelease } from "@/lib/opendata/find-ocds-release";
import { listOcdsReleases } from "@/lib/opendata/list-ocds-releases";
import { paiseToRupees } from "@/lib/opendata/ocds-release";
import { parseReleasesQuery } from "@/lib/opendata/ocds-schemas";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { seedDatabase, SEED_NOW } from "@/prisma/seed/seed-database";
import { placeDirectOrder } from "./order-fixtures";
import { validateReleasePackage as validatePackage } from "../support/ocds-validator";
import { asJson, BASE, queryOf, type Json } from "../support/ocds-json";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

const list = async (params: Record<string, string>, pageSize?: number) => asJson(await listOcdsReleases(db(), queryOf(params), { baseUrl: BASE, pageSize }));
const release = async (orderId: number) => {
  const { number } = await db().order.findUniqueOrThrow({ where: { id: orderId }, select: { number: true } });
  return asJson(await findOcdsRelease(db(), number, { baseUrl: BASE })).releases[0];
};

// Every page of a range, following links.next as a client would.
async function allPages(params: Record<string, string>, pageSize?: number): Promise<Json[]> {
  const pages = [await list(params, pageSize)];
  while (pages.at(-1).links?.next) pages.push(await list(Object.fromEntries(new URL(pages.at(-1).links.next).searchParams), pageSize));
  return pages;
}

describe("the OCDS release packages", () => {
  it("validate against the official OCDS 1.1.5 schemas, every page and a single release", async () => {
    const pages = await allPages({ from: "2023-04-01", to: "2026-11-21" });
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expect(validatePackage(page)).toEqual([]);
    const first = pages[0];
    expect(first).toMatchObject({ version: "1.1", uri: `${BASE}/api/ocds/releases?from=2023-04-01&to=2026-11-21`, publisher: { name: "Kraya" } });
    expect(first.releases).toHaveLength(100);
    expect(first.links.next).toMatch(/^https:\/\/kraya\.example\/api\/ocds\/releases\?from=2023-04-01&to=2026-11-21&cursor=/);
    const statuses = new Set(pages.flatMap((page) => page.releases.map((r: Json) => `${r.awards[0].status}/${r.contracts[0].status}`)));
    expect(statuses.size).toBeGreaterThan(3);

    const number = first.releases[0].tender.id;
    const single = asJson(await findOcdsRelease(db(), number, { baseUrl: BASE }));
    expect(validatePackage(single)).toEqual([]);
    expect(single.uri).toBe(`${BASE}/api/ocds/releases/${number}`);
    expect(single.releases).toEqual([first.releases[0]]);
    expect(single.releases[0]).toMatchObject({ ocid: `ocds-kraya-${number}`, tag: ["award", "contract"], initiationType: "tender", language: "en" });
  });

  it("page the range in (placedAt, id) order: disjoint, consecutive pages that together hold every order once", async () => {
    const range = { from: "2025-04-01", to: "2026-04-01" };
    const pages = await allPages(range);
    const numbers = pages.flatMap((page) => page.releases.map((r: Json) => r.tender.id));
    const expected = await db().order.findMany({
      where: { placedAt: { gte: new Date("2025-04-01T00:00:00+05:30"), lt: new Date("2026-04-01T00:00:00+05:30") } },
      orderBy: [{ placedAt: "asc" }, { id: "asc" }], select: { number: true },
    });
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toEqual(expected.map((order) => order.number));
    expect(pages.slice(0, -1).every((page) => page.releases.length === 100)).toBe(true);
  });

  it("break ties in placedAt by id, so no order is skipped or repeated at a page's edge", async () => {
    const orders = await db().order.findMany({ orderBy: { id: "desc" }, take: 5, select: { id: true, number: true } });
    await db().order.updateMany({ where: { id: { in: orders.map((o) => o.id) } }, data: { placedAt: new Date("2024-07-15T10:00:00+05:30") } });
    const pages = await allPages({ from: "2024-07-15", to: "2024-07-16" }, 2);
    const tied = pages.flatMap((page) => page.releases.map((r: Json) => r.tender.id)).filter((n: string) => orders.some((o) => o.number === n));
    expect(tied).toEqual(orders.map((o) => o.number).reverse());
  });

  it("take the range by IST calendar date: 00:00 IST on 1 April is the new day, 23:59 IST on 31 March is not", async () => {
    const [late, early] = await db().order.findMany({ orderBy: { id: "asc" }, take: 2, select: { id: true, number: true } });
    await db().order.update({ where: { id: late!.id }, data: { placedAt: new Date("2026-03-31T23:59:59.999+05:30") } });
    await db().order.update({ where: { id: early!.id }, data: { placedAt: new Date("2026-04-01T00:00:00+05:30") } });
    const numbersIn = async (from: string, to: string) => (await allPages({ from, to })).flatMap((page) => page.releases.map((r: Json) => r.tender.id));
    const april = await numbersIn("2026-04-01", "2026-04-02");
    const march = await numbersIn("2026-03-31", "2026-04-01");
    expect([april.includes(early!.number), april.includes(late!.number)]).toEqual([true, false]);
    expect([march.includes(late!.number), march.includes(early!.number)]).toEqual([true, false]);
  });

  it("give an empty range an empty list and no next link", async () => {
    const page = await list({ from: "2020-01-01", to: "2020-01-02" });
    expect(page.releases).toEqual([]);
    expect(page.links).toBeUndefined();
  });

  it("state amounts in rupees exactly as the paise stored", async () => {
    expect([paiseToRupees(4_248_000n), paiseToRupees(1n), paiseToRupees(12_345_678_901n)]).toEqual([42480, 0.01, 123456789.01]);
    const { orderId } = await placeDirectOrder(db());
    const item = await db().orderItem.findFirstOrThrow({ where: { orderId }, orderBy: { id: "asc" } });
    await db().order.update({ where: { id: orderId }, data: { totalPaise: 4_248_050n } });
    await db().orderItem.update({ where: { id: item.id }, data: { unitPricePaise: 1_999n } });
    const { number } = await db().order.findUniqueOrThrow({ where: { id: orderId } });
    const text = JSON.stringify(await findOcdsRelease(db(), number, { baseUrl: BASE }));
    const placed = JSON.parse(text).releases[0];
    expect(placed.awards[0].value).toEqual({ amount: 42480.5, currency: "INR" });
    expect(placed.contracts[0].value).toEqual({ amount: 42480.5, currency: "INR" });
    expect(placed.awards[0].items[0]).toMatchObject({ id: String(item.id), quantity: item.quantity, unit: { value: { amount: 19.99, currency: "INR" } } });
    expect(text).toContain('"amount":42480.5,');
    expect(placed.tender).toEqual({ id: number, procurementMethod: "direct", procurementMethodDetails: "Direct purchase (GFR 149)" });
  });

  it("map each order status to the award's and contract's OCDS status, dated by the step that set it", async () => {
    const { orderId } = await placeDirectOrder(db());
    const placed = await release(orderId);
    const order = await db().order.findUniqueOrThrow({ where: { id: orderId } });
    expect(placed).toMatchObject({ id: `${order.number}-pending`, date: order.placedAt.toISOString(), awards: [{ status: "pending" }], contracts: [{ status: "pending" }] });
    expect(placed.contracts[0].dateSigned).toBeUndefined();

    const acceptedAt = new Date("2026-11-21T11:00:00+05:30");
    const closedAt = new Date("2026-11-30T16:00:00+05:30");
    const cases: [OrderStatus, Date | null, Date | null, string, string][] = [
      ["ACCEPTED", acceptedAt, null, "active", "active"],
      ["INVOICED", acceptedAt, null, "active", "active"],
      ["PAID", acceptedAt, closedAt, "active", "terminated"],
      ["GOODS_REJECTED", acceptedAt, closedAt, "active", "terminated"],
      ["CANCELLED", acceptedAt, closedAt, "active", "terminated"],
      ["CANCELLED", null, closedAt, "cancelled", "cancelled"],
      ["REJECTED", null, closedAt, "unsuccessful", "cancelled"],
      ["AUTO_CANCELLED", null, closedAt, "unsuccessful", "cancelled"],
    ];
    for (const [status, accepted, closed, award, contract] of cases) {
      await db().order.update({ where: { id: orderId }, data: { status, acceptedAt: accepted, closedAt: closed } });
      const moved = await release(orderId);
      expect([status, moved.awards[0].status, moved.contracts[0].status]).toEqual([status, award, contract]);
      expect(moved.id).toBe(`${order.number}-${contract}`);
      expect(moved.date).toBe((closed ?? accepted)!.toISOString());
      expect(moved.contracts[0].dateSigned).toBe(accepted?.toISOString());
    }
  });

  it("describe the supplier by the order's snapshot of the seller, not its profile today", async () => {
    const { orderId, sellerId } = await placeDirectOrder(db());
    await db().order.update({ where: { id: orderId }, data: { sellerMseClass: "SMALL", sellerIsWomenOwned: true, sellerIsScStOwned: true, sellerIsShg: false } });
    await db().seller.update({ where: { id: sellerId }, data: { mseClass: "NOT_MSME", isWomenOwned: false, isScStOwned: false, isShg: true } });
    const parties = (await release(orderId)).parties;
    expect(parties.find((party: Json) => party.roles.includes("supplier"))).toMatchObject({
      id: `seller-${sellerId}`,
      details: { scale: "sme", x_kraya_mseClass: "SMALL", x_kraya_isWomenOwned: true, x_kraya_isScStOwned: true, x_kraya_isShg: false },
    });
    await db().order.update({ where: { id: orderId }, data: { sellerMseClass: null } });
    const unknown = (await release(orderId)).parties.find((party: Json) => party.roles.includes("supplier"));
    expect(unknown.details).toEqual({ x_kraya_mseClass: null, x_kraya_isWomenOwned: true, x_kraya_isScStOwned: true, x_kraya_isShg: false });
  });

  it("answer an unknown order number with not found", async () => {
    await expect(findOcdsRelease(db(), "KRY-2627-99999999", { baseUrl: BASE })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the releases query", () => {
  const errorsOf = (query: string, now = SEED_NOW) => {
    const parsed = parseReleasesQuery(new URLSearchParams(query), now);
    return parsed.ok ? {} : parsed.errors;
  };

  it("refuses bad parameters with a message per field", () => {
    expect(Object.keys(errorsOf("from=2026-02-30&to=2026-13-01"))).toEqual(["from", "to"]);
    expect(Object.keys(errorsOf("from=2026-04-01&to=2026-04-01"))).toEqual(["to"]);
    expect(Object.keys(errorsOf("from=2026-04-01&from=2026-05-01"))).toEqual(["from"]);
    expect(Object.keys(errorsOf("page=2&limit=5"))).toEqual(["page", "limit"]);
    expect(errorsOf("cursor=not-a-cursor")).toEqual({ cursor: expect.stringContaining("links.next") });
    expect(errorsOf("from=1%20April")).toEqual({ from: "Give a calendar date as YYYY-MM-DD (India Standard Time)" });
  });

  it("defaults to the current financial year up to today, in IST", () => {
    expect(queryOf({})).toMatchObject({ from: "2026-04-01", to: "2026-11-21" });
    // 01:30 IST on 1 April is already the new financial year's first day.
    expect(queryOf({}, new Date("2027-03-31T20:00:00Z"))).toMatchObject({ from: "2027-04-01", to: "2027-04-02" });
    expect(queryOf({ from: "2026-01-01" }).cursor).toBeUndefined();
  });
});
