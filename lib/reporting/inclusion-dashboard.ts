import "server-only";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import type { AdminScope } from "../db/generated/enums";
import type { DashboardYear } from "./dashboard-figures";
import { FULFILLED_STATUSES, NON_GMV_STATUSES, shareBps } from "./definitions";
import { financialYearOf, financialYearsBetween, financialYearStarting, startYearOf, type FinancialYear } from "./financial-year";
import { resolveInclusionPlace, type InclusionPlace, type PlaceAsked, type PlaceName } from "./inclusion-scope";

// The inclusion dashboard of issue 6 (seed 004: "products uploaded by SHGs, orders received,
// fulfilled, and their volume", for officials at national, state, district and block level).
// It reads the sellers, listings and orders themselves, so it moves as soon as an order does.

export const INCLUSION_GROUPS = ["SHG", "ARTISAN", "WEAVER"] as const;
export type InclusionGroup = (typeof INCLUSION_GROUPS)[number];

export type InclusionQuery = PlaceAsked & { group: InclusionGroup; year?: number | "all" };

export type InclusionFigures = {
  sellers: number;
  productsUploaded: number;
  productsApproved: number;
  ordersReceived: number;
  ordersFulfilled: number;
  fulfilledBps: number | null;
  valuePaise: bigint;
};

// One level down from the place: a nation by state, a state by district, a district by block
// and a block by seller. A row with a null id holds the sellers of a district that have no
// block recorded.
export type InclusionRowLevel = "STATE" | "DISTRICT" | "BLOCK" | "SELLER";
export type InclusionRow = { id: number | null; name: string | null; nameHi: string | null; figures: InclusionFigures };

export type InclusionDashboard = {
  group: InclusionGroup;
  // null: all years.
  year: DashboardYear | null;
  years: DashboardYear[];
  place: InclusionPlace;
  rowLevel: InclusionRowLevel;
  rows: InclusionRow[];
  totals: InclusionFigures;
};

// Everything is counted under the seller's group and place as they are now, orders too: the
// dashboard follows today's sellers (an SHG that adds its block later brings its earlier
// orders along), and each row's orders are those of the row's sellers, down to the seller.
const SELLER_FLAG: Record<InclusionGroup, string> = { SHG: `s."isShg"`, ARTISAN: `s."isArtisan"`, WEAVER: `s."isWeaver"` };

const ROW_LEVEL: Record<AdminScope, InclusionRowLevel> = { NATIONAL: "STATE", STATE: "DISTRICT", DISTRICT: "BLOCK", BLOCK: "SELLER" };
const ROW_KEY: Record<InclusionRowLevel, string> = { STATE: `s."stateId"`, DISTRICT: `s."districtId"`, BLOCK: `s."blockId"`, SELLER: `s.id` };

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(", ");

type ListingCounts = { key: number | null; sellers: number; uploaded: number; approved: number };
type OrderCounts = { key: number | null; received: number; fulfilled: number; value: bigint };

// The group's sellers in the place, by the place one level down, with one aggregate of their
// own rows per seller. The place is matched from the state down, so that the indexes on the
// seller flags (flag, state, district, block, id) and on the orders (seller, placedAt,
// status, total) answer without reading the tables.
function sellersSql(group: InclusionGroup, place: InclusionPlace, rowLevel: InclusionRowLevel, lateral: string, measures: string, params: unknown[]): string {
  const where = [SELLER_FLAG[group]];
  if (place.state) where.push(`s."stateId" = $${params.push(place.state.id)}`);
  if (place.district) where.push(`s."districtId" = $${params.push(place.district.id)}`);
  if (place.block) where.push(`s."blockId" = $${params.push(place.block.id)}`);
  return `SELECT ${ROW_KEY[rowLevel]} AS key, ${measures} FROM "Seller" s CROSS JOIN LATERAL (${lateral}) x WHERE ${where.join(" AND ")} GROUP BY 1`;
}

// Listings as they are now: uploaded means ever sent for review (anything but a draft).
function readListingCounts(db: Db, group: InclusionGroup, place: InclusionPlace, rowLevel: InclusionRowLevel) {
  const params: unknown[] = [];
  const lateral = `SELECT count(*) FILTER (WHERE status <> 'DRAFT') AS uploaded, count(*) FILTER (WHERE status = 'APPROVED') AS approved FROM "Listing" WHERE "sellerId" = s.id`;
  const sql = sellersSql(group, place, rowLevel, lateral, `count(*)::int AS sellers, sum(x.uploaded)::int AS uploaded, sum(x.approved)::int AS approved`, params);
  return db.$queryRawUnsafe<ListingCounts[]>(sql, ...params);
}

// Orders placed in the period, whatever became of them; fulfilled and value per definitions.ts.
function readOrderCounts(db: Db, group: InclusionGroup, place: InclusionPlace, rowLevel: InclusionRowLevel, year: FinancialYear | null) {
  const params: unknown[] = [];
  const period = year ? ` AND "placedAt" >= $${params.push(year.start)} AND "placedAt" < $${params.push(year.end)}` : "";
  const lateral = `SELECT count(*) AS received, count(*) FILTER (WHERE status IN (${list(FULFILLED_STATUSES)})) AS fulfilled,
    COALESCE(sum("totalPaise") FILTER (WHERE status NOT IN (${list(NON_GMV_STATUSES)})), 0) AS value
    FROM "Order" WHERE "sellerId" = s.id${period}`;
  const sql = sellersSql(group, place, rowLevel, lateral, `sum(x.received)::int AS received, sum(x.fulfilled)::int AS fulfilled, sum(x.value)::bigint AS value`, params);
  return db.$queryRawUnsafe<OrderCounts[]>(sql, ...params);
}

// The places (or sellers) one level down, also any a seller names outside the place's own list.
async function readRowNames(db: Db, place: InclusionPlace, rowLevel: InclusionRowLevel, keys: number[]): Promise<PlaceName[]> {
  const names = { id: true, name: true, nameHi: true } as const;
  switch (rowLevel) {
    case "STATE":
      return db.state.findMany({ select: names });
    case "DISTRICT":
      return db.district.findMany({ where: { OR: [{ stateId: place.state!.id }, { id: { in: keys } }] }, select: names });
    case "BLOCK": {
      const blocks = await db.block.findMany({ where: { OR: [{ districtId: place.district!.id }, { id: { in: keys } }] }, select: { id: true, name: true } });
      return blocks.map((block) => ({ ...block, nameHi: null }));
    }
    case "SELLER": {
      const sellers = await db.seller.findMany({ where: { id: { in: keys } }, select: { id: true, legalName: true, tradeName: true } });
      return sellers.map((seller) => ({ id: seller.id, name: seller.tradeName ?? seller.legalName, nameHi: null }));
    }
  }
}

const NO_FIGURES: InclusionFigures = { sellers: 0, productsUploaded: 0, productsApproved: 0, ordersReceived: 0, ordersFulfilled: 0, fulfilledBps: null, valuePaise: 0n };

function sum(rows: InclusionFigures[]): InclusionFigures {
  const total = rows.reduce(
    (acc, row) => ({
      ...acc,
      sellers: acc.sellers + row.sellers,
      productsUploaded: acc.productsUploaded + row.productsUploaded,
      productsApproved: acc.productsApproved + row.productsApproved,
      ordersReceived: acc.ordersReceived + row.ordersReceived,
      ordersFulfilled: acc.ordersFulfilled + row.ordersFulfilled,
      valuePaise: acc.valuePaise + row.valuePaise,
    }),
    NO_FIGURES,
  );
  return withShare(total);
}

function withShare(figures: InclusionFigures): InclusionFigures {
  return { ...figures, fulfilledBps: shareBps(BigInt(figures.ordersFulfilled), BigInt(figures.ordersReceived)) };
}

// The largest value first, as officials look for where the group sells and where it does not.
function byValue(a: InclusionRow, b: InclusionRow): number {
  if (a.figures.valuePaise !== b.figures.valuePaise) return a.figures.valuePaise > b.figures.valuePaise ? -1 : 1;
  return b.figures.ordersReceived - a.figures.ordersReceived || b.figures.sellers - a.figures.sellers || (a.name ?? "").localeCompare(b.name ?? "");
}

const yearOf = (year: FinancialYear): DashboardYear => ({ startYear: startYearOf(year), label: year.label });

// The financial years that have orders, newest first; the one asked for if it is one of
// them (or all years), else the current one.
async function chooseYear(db: Db, asked: number | "all" | undefined, now: Date) {
  // The first order by index order: Prisma's aggregate of a minimum reads the whole table.
  const first = await db.order.findFirst({ orderBy: { placedAt: "asc" }, select: { placedAt: true } });
  const years = financialYearsBetween(first?.placedAt ?? now, now).map(yearOf);
  if (asked === "all") return { year: null, years };
  const chosen = years.some((year) => year.startYear === asked) ? financialYearStarting(asked as number) : financialYearOf(now);
  return { year: chosen, years };
}

export async function getInclusionDashboard(db: Db, actor: Actor, query: InclusionQuery, now = new Date()): Promise<InclusionDashboard> {
  const place = await resolveInclusionPlace(db, actor, query);
  const rowLevel = ROW_LEVEL[place.level];
  const { year, years } = await chooseYear(db, query.year, now);
  // Two statements side by side: on PostgreSQL each takes a connection of its own.
  const [listingCounts, orderCounts] = await Promise.all([readListingCounts(db, query.group, place, rowLevel), readOrderCounts(db, query.group, place, rowLevel, year)]);
  const ordersByKey = new Map(orderCounts.map((row) => [row.key, row]));
  const keys = listingCounts.map((row) => row.key);
  const names = new Map((await readRowNames(db, place, rowLevel, keys.filter((key) => key !== null))).map((name) => [name.id, name]));
  const counted = new Map(listingCounts.map((row) => [row.key, { ...row, ...ordersByKey.get(row.key) }]));
  // Every place one level down, with nothing as zeros; at a block, the sellers it has.
  const ids = new Set<number | null>([...(rowLevel === "SELLER" ? [] : names.keys()), ...keys]);
  const rows = [...ids].map((id): InclusionRow => {
    const counts = counted.get(id);
    const name = id === null ? undefined : names.get(id);
    const figures = withShare({
      sellers: counts?.sellers ?? 0,
      productsUploaded: counts?.uploaded ?? 0,
      productsApproved: counts?.approved ?? 0,
      ordersReceived: counts?.received ?? 0,
      ordersFulfilled: counts?.fulfilled ?? 0,
      fulfilledBps: null,
      valuePaise: counts?.value ?? 0n,
    });
    return { id, name: name?.name ?? null, nameHi: name?.nameHi ?? null, figures };
  });
  rows.sort(byValue);
  return { group: query.group, year: year && yearOf(year), years, place, rowLevel, rows, totals: sum(rows.map((row) => row.figures)) };
}
