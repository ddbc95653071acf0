import { OrganisationType } from "../db/generated/enums";

// The dimensions a procurement report can be narrowed by or broken down by, besides the
// month and the seller's state, which every report has. Each takes a whole-number value:
// 0 means "none" (no ministry: a state buyer; no buyer state: a central buyer).
export const DIMENSIONS = ["ministry", "buyerState", "buyerType", "category", "sellerKind", "district"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const BUYER_TYPES = Object.values(OrganisationType);

// The seller's Udyam class when the order was placed: micro and small are MSEs.
export const SELLER_KINDS = ["MICRO", "SMALL", "MEDIUM", "OTHER"] as const;
export type SellerKind = (typeof SELLER_KINDS)[number];

// Codes are positions from 1, so that 0 can keep meaning "none".
export function codeOf<T>(values: readonly T[], value: T): number {
  return values.indexOf(value) + 1;
}

export function valueOfCode<T>(values: readonly T[], code: number): T | undefined {
  return values[code - 1];
}

function caseOf(column: string, values: readonly string[], otherwise: number): string {
  return `CASE ${column} ${values.map((value, index) => `WHEN '${value}' THEN ${index + 1}`).join(" ")} ELSE ${otherwise} END`;
}

// How each dimension's value is read off an order line (o: Order, org: its buyer organisation,
// root: the line's top-level category).
export const DIMENSION_SQL: Record<Dimension, string> = {
  ministry: `COALESCE(o."ministryId", 0)`,
  buyerState: `COALESCE(o."buyerStateId", 0)`,
  buyerType: caseOf(`org."type"::text`, BUYER_TYPES, 0),
  category: `root."rootId"`,
  sellerKind: caseOf(`o."sellerMseClass"::text`, SELLER_KINDS.slice(0, 3), SELLER_KINDS.length),
  district: `o."sellerDistrictId"`,
};

// A cuboid is a set of dimensions the rollup keeps, numbered by its bit mask: every set of at
// most two, so that a view narrowed by one dimension and broken down by another reads a few
// hundred pre-summed rows; and every set among who bought, what and from whom (ministry,
// buyer type, category, seller type), so that further clicks are as quick. A ministry's
// organisations are of one or two types, so these add little. Other combinations (with a
// buyer's state or a district) read the orders.
const DRILL_DIMENSIONS: Dimension[] = ["ministry", "buyerType", "category", "sellerKind"];

function isKept(dimensions: Dimension[]): boolean {
  return dimensions.length <= 2 || dimensions.every((dimension) => DRILL_DIMENSIONS.includes(dimension));
}

export function cuboidOf(dimensions: Iterable<Dimension>): number | null {
  const set = [...new Set(dimensions)];
  if (!isKept(set)) return null;
  return set.reduce((mask, dimension) => mask | (1 << DIMENSIONS.indexOf(dimension)), 0);
}

// The cuboid's dimensions in column order: stored in columns "a", "b", "c" and "d".
export function dimensionsOf(cuboid: number): Dimension[] {
  return DIMENSIONS.filter((_, index) => (cuboid & (1 << index)) !== 0);
}

export const CUBOID_COLUMNS = ["a", "b", "c", "d"] as const;

export function listCuboids(): number[] {
  const cuboids: number[] = [];
  for (let mask = 0; mask < 1 << DIMENSIONS.length; mask++) {
    if (isKept(dimensionsOf(mask))) cuboids.push(mask);
  }
  return cuboids;
}
