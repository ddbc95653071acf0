import { z } from "zod";
import type { Actor } from "../auth/actor";
import { ForbiddenError } from "../errors";
import { financialYearOf, financialYearStarting, type FinancialYear } from "./financial-year";
import type { Area, FigureQuery } from "./read-figures";
import { BUYER_TYPES, codeOf, SELLER_KINDS, type Dimension } from "./report-dimensions";

// A report's address: every narrowing is a search parameter, so any view can be shared as a
// link. A value that does not parse is dropped rather than refused: an old or hand-edited
// link still opens, showing a little more.
const id = z.coerce.number().int().min(0).max(2_147_483_647).optional().catch(undefined);

export const ReportParamsSchema = z.object({
  year: z.union([z.literal("all"), z.coerce.number().int().min(2000).max(2100)]).optional().catch(undefined),
  state: id,
  district: id,
  ministry: id,
  buyerType: z.enum(BUYER_TYPES).optional().catch(undefined),
  category: id,
  sellerKind: z.enum(SELLER_KINDS).optional().catch(undefined),
});

export type ReportParams = z.infer<typeof ReportParamsSchema>;

// The first month of the marketplace's data: "all years" starts here.
export const REPORTS_SINCE = new Date("2023-03-31T18:30:00.000Z");

export type ReportPeriod = { year: FinancialYear | null; from: Date; to: Date };

export function periodOf(params: ReportParams, now: Date): ReportPeriod {
  if (params.year === "all") return { year: null, from: REPORTS_SINCE, to: financialYearOf(now).end };
  const year = params.year === undefined ? financialYearOf(now) : financialYearStarting(params.year);
  return { year, from: year.start, to: year.end };
}

// The admin's scope bounds the area: a state admin always sees their state, whatever the link
// says; only a national admin may pick a state. A district is a narrowing inside a state.
export function areaOf(actor: Actor, params: ReportParams): Area {
  const scope = actor.adminScope;
  if (!scope || !actor.roles.includes("ADMIN")) throw new ForbiddenError("Reports are for admins with a scope");
  if (scope.level === "BLOCK" && scope.blockId !== null) return { level: "BLOCK", blockId: scope.blockId };
  if (scope.level === "DISTRICT" && scope.districtId !== null) return { level: "DISTRICT", districtId: scope.districtId };
  if (scope.level === "STATE" && scope.stateId !== null) return { level: "STATE", stateId: scope.stateId };
  if (scope.level !== "NATIONAL") throw new ForbiddenError("Admin scope without its place");
  return params.state === undefined ? { level: "NATIONAL" } : { level: "STATE", stateId: params.state };
}

export function narrowingOf(params: ReportParams, area: Area): FigureQuery["narrow"] {
  const narrow: Partial<Record<Dimension, number>> = {};
  if (params.ministry !== undefined) narrow.ministry = params.ministry;
  if (params.buyerType) narrow.buyerType = codeOf(BUYER_TYPES, params.buyerType);
  if (params.category !== undefined) narrow.category = params.category;
  if (params.sellerKind) narrow.sellerKind = codeOf(SELLER_KINDS, params.sellerKind);
  if (params.district !== undefined && area.level === "STATE") narrow.district = params.district;
  return narrow;
}

export function figureQueryOf(actor: Actor, params: ReportParams, now: Date): FigureQuery & { period: ReportPeriod } {
  const area = areaOf(actor, params);
  const period = periodOf(params, now);
  return { area, from: period.from, to: period.to, narrow: narrowingOf(params, area), period };
}

// The same address with one parameter set or removed: the links that narrow and widen a view.
export function withParam(params: ReportParams, key: keyof ReportParams, value: string | number | undefined): string {
  const next = new URLSearchParams();
  for (const [name, current] of Object.entries({ ...params, [key]: value })) {
    if (current !== undefined && current !== null) next.set(name, String(current));
  }
  const query = next.toString();
  return query ? `?${query}` : "";
}
