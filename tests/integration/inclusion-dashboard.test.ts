import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import type { ListingStatus, OrderStatus } from "@/lib/db/generated/enums";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { markDelivered } from "@/lib/orders/fulfil-order";
import { getInclusionDashboard, type InclusionFigures, type InclusionQuery } from "@/lib/reporting/inclusion-dashboard";
import { setUpTestDatabase } from "../support/test-database";
import { actorWithRoles, adminActor, contextOf } from "./admin-fixtures";

// A hand-built market of self-help groups, artisans and a general seller in two states, small
// enough that every figure below is worked out by hand. "Now" is 31 March 2026 (FY 2025-26).
const NOW = new Date("2026-03-31T06:30:00Z");
const rs = (rupees: number) => BigInt(rupees) * 100n;

let market: Awaited<ReturnType<typeof buildMarket>>;
const database = setUpTestDatabase(async (created) => {
  market = await buildMarket(created.db);
});

async function buildMarket(db: Db) {
  const state = (code: string, gstCode: string, name: string, nameHi: string) => db.state.create({ data: { code, gstCode, name, nameHi, kind: "STATE" } });
  const [od, br] = [await state("OD", "21", "Odisha", "ओडिशा"), await state("BR", "10", "Bihar", "बिहार")];
  const district = (stateId: number, name: string, nameHi: string) => db.district.create({ data: { stateId, name, nameHi } });
  const [khordha, cuttack, patna] = [await district(od.id, "Khordha", "खोरधा"), await district(od.id, "Cuttack", "कटक"), await district(br.id, "Patna", "पटना")];
  const block = (districtId: number, name: string) => db.block.create({ data: { districtId, name } });
  const [bhubaneswar, jatni, tangi, phulwari] = [await block(khordha.id, "Bhubaneswar"), await block(khordha.id, "Jatni"), await block(cuttack.id, "Tangi"), await block(patna.id, "Phulwari")];
  const category = await db.category.create({ data: { slug: "sal-leaf-plates", name: "Sal leaf plates", nameHi: "साल पत्तल", kind: "PRODUCT", unit: "piece" } });

  let sequence = 0;
  type Place = { stateId: number; districtId: number; blockId: number | null };
  const seller = async (name: string, place: Place, flags: { isShg?: boolean; isArtisan?: boolean }, listings: ListingStatus[]) => {
    sequence += 1;
    const created = await db.seller.create({
      data: { legalName: name, entityType: "SELF_HELP_GROUP", pan: `AAAAT${1000 + sequence}A`, addressLine: "Village road", pincode: "751001", ...place, ...flags, verificationStatus: "VERIFIED" },
    });
    for (const status of listings) {
      await db.listing.create({ data: { sellerId: created.id, categoryId: category.id, kind: "PRODUCT", title: `${name} plates`, pricePaise: rs(100), mrpPaise: rs(120), status } });
    }
    return created;
  };
  const inOd = (districtId: number, blockId: number | null) => ({ stateId: od.id, districtId, blockId });
  const shgA = await seller("Maa Tarini SHG", inOd(khordha.id, bhubaneswar.id), { isShg: true }, ["DRAFT", "PENDING_APPROVAL", "APPROVED", "APPROVED", "REJECTED"]);
  const shgB = await seller("Jagannath SHG", inOd(khordha.id, jatni.id), { isShg: true }, ["APPROVED"]);
  const shgC = await seller("Biju SHG", inOd(khordha.id, null), { isShg: true }, ["DRAFT"]);
  const shgD = await seller("Cuttack Mahila SHG", inOd(cuttack.id, tangi.id), { isShg: true }, ["APPROVED", "PAUSED"]);
  const shgE = await seller("Jeevika SHG", { stateId: br.id, districtId: patna.id, blockId: phulwari.id }, { isShg: true, isArtisan: true }, ["APPROVED"]);
  const artisan = await seller("Pattachitra Artisan", inOd(khordha.id, bhubaneswar.id), { isArtisan: true }, ["APPROVED", "APPROVED", "APPROVED"]);
  const general = await seller("Kalinga Traders", inOd(khordha.id, bhubaneswar.id), {}, ["APPROVED"]);

  const ministry = await db.ministry.create({ data: { name: "Ministry of Rural Development", nameHi: "ग्रामीण विकास मंत्रालय", shortName: "MoRD" } });
  const department = await db.department.create({ data: { name: "Department of Rural Development", nameHi: "ग्रामीण विकास विभाग", ministryId: ministry.id } });
  const organisation = await db.buyerOrganisation.create({ data: { name: "DAY-NRLM", type: "CENTRAL_MINISTRY", departmentId: department.id, verificationStatus: "VERIFIED" } });
  const [buyer, consignee, paying] = [
    await actorWithRoles(db, ["BUYER"], { organisationId: organisation.id }),
    await actorWithRoles(db, ["CONSIGNEE"], { organisationId: organisation.id }),
    await actorWithRoles(db, ["PAYING_AUTHORITY"], { organisationId: organisation.id }),
  ];
  const order = async (of: typeof shgA, status: OrderStatus, rupees: number, placedAt = new Date("2025-09-15T06:30:00Z")) => {
    sequence += 1;
    const created = await db.order.create({
      data: {
        number: `KRAYA-INCL-${sequence}`, buyingMode: "DIRECT", status, buyerOrganisationId: organisation.id, buyerUserId: buyer.userId, consigneeUserId: consignee.userId,
        payingAuthorityUserId: paying.userId, sellerId: of.id, sellerStateId: of.stateId, sellerDistrictId: of.districtId, sellerBlockId: of.blockId, sellerIsShg: of.isShg,
        subtotalPaise: rs(rupees), taxPaise: 0n, totalPaise: rs(rupees), mrpTotalPaise: rs(rupees), deliveryAddress: "Krishi Bhawan, New Delhi", deliveryStateId: of.stateId, placedAt,
      },
    });
    return created.id;
  };
  await order(shgA, "PAID", 1000);
  await order(shgA, "DELIVERED", 500);
  const placed = await order(shgA, "PLACED", 200);
  await order(shgA, "CANCELLED", 300);
  // 23:30 IST on 31 March 2025: the last evening of FY 2024-25.
  await order(shgA, "PAID", 700, new Date("2025-03-31T18:00:00Z"));
  const dispatched = await order(shgB, "DISPATCHED", 400);
  await order(shgC, "GOODS_ACCEPTED", 250);
  await order(shgD, "REJECTED", 900);
  await order(shgD, "RECEIVED", 600);
  await order(shgE, "INVOICED", 800);
  await order(artisan, "PAID", 2000);
  await order(general, "PAID", 5000);

  return {
    od, br, khordha, cuttack, patna, bhubaneswar, jatni, shgA, shgC, placed, dispatched,
    buyer: contextOf(buyer),
    shgBSeller: contextOf(await actorWithRoles(db, ["SELLER_ADMIN"], { sellerId: shgB.id })),
  };
}

// sellers, uploaded, approved, received, fulfilled, value in rupees; the share follows.
function figures(sellers: number, uploaded: number, approved: number, received: number, fulfilled: number, rupees: number): InclusionFigures {
  const fulfilledBps = received === 0 ? null : Math.round((fulfilled * 10_000) / received);
  return { sellers, productsUploaded: uploaded, productsApproved: approved, ordersReceived: received, ordersFulfilled: fulfilled, fulfilledBps, valuePaise: rs(rupees) };
}

const read = (actor: Actor, query: Partial<InclusionQuery> = {}) => getInclusionDashboard(database().db, actor, { group: "SHG", year: 2025, ...query }, NOW);
const rowsOf = async (actor: Actor, query: Partial<InclusionQuery> = {}) => (await read(actor, query)).rows.map((row) => [row.name, row.figures]);

describe("inclusion dashboard, national to block", () => {
  it("shows the nation by state, largest value first, for FY 2025-26 by default", async () => {
    const national = await adminActor(database().db, "NATIONAL");
    const dashboard = await getInclusionDashboard(database().db, national, { group: "SHG" }, NOW);
    expect(dashboard.year).toEqual({ startYear: 2025, label: "2025–26" });
    expect(dashboard.years.map((year) => year.startYear)).toEqual([2025, 2024]);
    expect(dashboard.place.level).toBe("NATIONAL");
    expect(dashboard.rowLevel).toBe("STATE");
    // Odisha: 8 orders, fulfilled the paid, delivered, accepted and received ones; the
    // cancelled Rs 300 and rejected Rs 900 are not in the value.
    expect(dashboard.rows.map((row) => [row.name, row.nameHi, row.figures])).toEqual([
      ["Odisha", "ओडिशा", figures(4, 7, 4, 8, 4, 2950)],
      ["Bihar", "बिहार", figures(1, 1, 1, 1, 1, 800)],
    ]);
    expect(dashboard.totals).toEqual(figures(5, 8, 5, 9, 5, 3750));
  });

  it("counts all years, or the artisans, or the weavers when asked", async () => {
    const national = await adminActor(database().db, "NATIONAL");
    expect((await read(national, { year: "all" })).totals).toEqual(figures(5, 8, 5, 10, 6, 4450));
    // The Bihar SHG is also an artisan; the general seller is in no group.
    expect(await rowsOf(national, { group: "ARTISAN" })).toEqual([
      ["Odisha", figures(1, 3, 3, 1, 1, 2000)],
      ["Bihar", figures(1, 1, 1, 1, 1, 800)],
    ]);
    expect((await read(national, { group: "WEAVER" })).totals).toEqual(figures(0, 0, 0, 0, 0, 0));
  });

  it("shows a state by district, a district by block and a block by seller", async () => {
    const national = await adminActor(database().db, "NATIONAL");
    expect(await rowsOf(national, { stateId: market.od.id })).toEqual([
      ["Khordha", figures(3, 5, 3, 6, 3, 2350)],
      ["Cuttack", figures(1, 2, 1, 2, 1, 600)],
    ]);
    // The SHG without a block is a row of its own, so the rows add up to the district.
    expect(await rowsOf(national, { stateId: market.od.id, districtId: market.khordha.id })).toEqual([
      ["Bhubaneswar", figures(1, 4, 2, 4, 2, 1700)],
      ["Jatni", figures(1, 1, 1, 1, 0, 400)],
      [null, figures(1, 0, 0, 1, 1, 250)],
    ]);
    const block = await read(national, { blockId: market.bhubaneswar.id });
    expect(block.place).toMatchObject({ level: "BLOCK", state: { name: "Odisha" }, district: { name: "Khordha" }, block: { name: "Bhubaneswar" } });
    expect(block.rows).toEqual([{ id: market.shgA.id, name: "Maa Tarini SHG", nameHi: null, figures: figures(1, 4, 2, 4, 2, 1700) }]);
  });
});

describe("inclusion dashboard scope", () => {
  it("opens on the admin's own area and refuses others", async () => {
    const db = database().db;
    const stateAdmin = await adminActor(db, "STATE", { stateId: market.od.id });
    expect((await read(stateAdmin)).place).toMatchObject({ level: "STATE", state: { name: "Odisha" } });
    await expect(read(stateAdmin, { stateId: market.br.id })).rejects.toThrow(NotFoundError);
    await expect(read(stateAdmin, { districtId: market.patna.id })).rejects.toThrow(NotFoundError);

    const districtAdmin = await adminActor(db, "DISTRICT", { stateId: market.od.id, districtId: market.khordha.id });
    expect((await read(districtAdmin)).totals).toEqual(figures(3, 5, 3, 6, 3, 2350));
    expect((await read(districtAdmin, { blockId: market.jatni.id })).totals).toEqual(figures(1, 1, 1, 1, 0, 400));
    await expect(read(districtAdmin, { stateId: market.od.id })).rejects.toThrow(ForbiddenError);
    await expect(read(districtAdmin, { districtId: market.cuttack.id })).rejects.toThrow(NotFoundError);

    const blockAdmin = await adminActor(db, "BLOCK", { stateId: market.od.id, districtId: market.khordha.id, blockId: market.bhubaneswar.id });
    await expect(read(blockAdmin, { blockId: market.jatni.id })).rejects.toThrow(NotFoundError);
    await expect(read(blockAdmin, { districtId: market.khordha.id })).rejects.toThrow(ForbiddenError);
  });

  it("refuses places that do not nest and anyone who is not an admin", async () => {
    const national = await adminActor(database().db, "NATIONAL");
    await expect(read(national, { stateId: market.br.id, districtId: market.khordha.id })).rejects.toThrow(NotFoundError);
    await expect(read(market.buyer.actor!)).rejects.toThrow(ForbiddenError);
  });
});

describe("inclusion dashboard as orders and sellers change", () => {
  it("counts a delivery as fulfilled and takes a cancellation out of the value at once", async () => {
    const national = await adminActor(database().db, "NATIONAL");
    await markDelivered(database().db, market.shgBSeller, { orderId: market.dispatched });
    expect((await read(national)).totals).toEqual(figures(5, 8, 5, 9, 6, 3750));
    expect((await read(national, { blockId: market.jatni.id })).totals).toEqual(figures(1, 1, 1, 1, 1, 400));

    await cancelOrder(database().db, market.buyer, { orderId: market.placed, reasonCode: "REQUIREMENT_CHANGED", note: undefined });
    expect((await read(national)).totals).toEqual(figures(5, 8, 5, 9, 6, 3550));
    expect((await read(national, { stateId: market.od.id })).rows[0]).toMatchObject({ name: "Khordha", figures: figures(3, 5, 3, 6, 4, 2150) });
  });

  it("brings a seller's earlier orders along when it records its block", async () => {
    const national = await adminActor(database().db, "NATIONAL");
    await database().db.seller.update({ where: { id: market.shgC.id }, data: { blockId: market.jatni.id } });
    expect(await rowsOf(national, { districtId: market.khordha.id })).toEqual([
      ["Bhubaneswar", figures(1, 4, 2, 4, 2, 1500)],
      ["Jatni", figures(2, 1, 1, 2, 2, 650)],
    ]);
  });
});
