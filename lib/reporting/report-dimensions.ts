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

// A cuboid is a set of at most two dimensions, numbered by its bit mask. The rollup keeps
// every such set, so that a report narrowed by one dimension and broken down by another
// reads a few hundred pre-summed rows; with more dimensions at once it reads the orders.
export const MAX_CUBOID_DIMENSIONS = 2;

export function cuboidOf(dimensions: Iterable<Dimension>): number | null {
  const set = new Set(dimensions);
  if (set.size > MAX_CUBOID_DIMENSIONS) return null;
  return [...set].reduce((mask, dimension) => mask | (1 << DIMENSIONS.indexOf(dimension)), 0);
}

// The cuboid's dimensions in column order: the first is stored in column "a", the second in "b".
export function dimensionsOf(cuboid: number): Dimension[] {
  return DIMENSIONS.filter((_, index) => (cuboid & (1 << index)) !== 0);
}

export function listCuboids(): number[] {
  const cuboids: number[] = [];
  for (let mask = 0; mask < 1 << DIMENSIONS.length; mask++) {
    if (dimensionsOf(mask).length <= MAX_CUBOID_DIMENSIONS) cuboids.push(mask);
  }
  return cuboids;
}
