import type { MakeInIndiaClass } from "../../lib/db/generated/enums";
import type { JsonValue } from "./bulk-insert";
import type { SpecFieldData } from "./data-files";
import { gstRateForProduct } from "./gst-rates";
import type { Random } from "./random";
import type { LeafCategory } from "./seed-context";
import type { SellerRef } from "./sellers";

// What a listing says: a title built from the category's brands and product names, the
// category's specification fields filled in, a price inside the category's range and an MRP
// above it, and the Make in India class its local content earns.

const NUMBER_CHOICES_BY_KEY: Record<string, number[]> = {
  ram: [8, 16, 32],
  storage: [256, 512, 1024, 2048],
};

const NUMBER_CHOICES_BY_UNIT: Record<string, number[]> = {
  GB: [8, 16, 32, 64], inch: [14, 15.6, 21.5, 23.8, 27, 32], kg: [1, 5, 10, 25, 50], ppm: [20, 30, 40, 60], VA: [600, 1000, 2000, 5000],
  minutes: [10, 15, 30, 60], ports: [8, 16, 24, 48], dpi: [600, 1200, 2400], lumens: [3000, 3600, 4000, 5000], sheets: [20, 50, 100, 500],
  "%": [70, 80, 90, 95, 99], pages: [1000, 2000, 3000, 5000], pieces: [10, 20, 25, 50, 100], GSM: [70, 75, 80], cm: [30, 45, 60, 90, 120, 150, 180],
  shelves: [3, 4, 5], drawers: [2, 3, 4], seats: [2, 3, 5, 7, 12, 26, 42], W: [9, 12, 20, 30, 60, 90, 150], lm: [900, 1300, 2000], "lm/W": [100, 110, 130],
  m: [5.5, 6, 6.3, 10, 15, 30], kVA: [15, 25, 62.5, 125], g: [100, 200, 250, 500], mm: [25, 50, 100, 300], cc: [110, 125, 1197, 1497],
  HP: [1, 2, 5, 13, 45], litre: [5, 16, 20, 50, 100], days: [1, 2, 3, 5, 7], Wp: [335, 440, 540, 550], kW: [3, 5, 10, 25], Ah: [100, 150, 200],
  V: [12, 24, 48], kWp: [3, 5, 10, 50], years: [1, 2, 3, 5], persons: [2, 5, 10, 20, 50], months: [6, 12, 24, 36], hours: [8, 12, 24],
  "sq m": [500, 1000, 2500, 5000], km: [80, 300, 1000, 2500], units: [1, 2, 4, 8], "sq ft": [10, 50, 100], copies: [100, 500, 1000, 5000],
};

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function fillSpec(random: Random, spec: SpecFieldData, seller: SellerRef): JsonValue {
  if (spec.type === "enum") return random.pick(spec.values && spec.values.length > 0 ? spec.values : ["Standard"]);
  if (spec.type === "number") {
    const choices = NUMBER_CHOICES_BY_KEY[spec.key] ?? (spec.unit ? NUMBER_CHOICES_BY_UNIT[spec.unit] : undefined) ?? [1, 2, 3, 5, 10];
    return random.pick(choices);
  }
  if (spec.key === "dimensions") return `${random.int(10, 120)} x ${random.int(5, 90)} x ${random.int(1, 60)} cm`;
  if (spec.key === "cluster") return seller.district.name;
  if (spec.key === "shgName") return seller.legalName;
  if (spec.key === "fssai") return `1${random.digits(13)}`;
  return random.pick(["Standard", "As per sample", "Custom"]);
}

function describeSpec(spec: SpecFieldData, value: JsonValue): string | null {
  if (typeof value === "number") return `${formatNumber(value)}${spec.unit ? ` ${spec.unit}` : ""}`;
  return typeof value === "string" && spec.type === "enum" ? value : null;
}

// Prices look like prices: Rs 37, Rs 245, Rs 1,390, Rs 24,500, Rs 3,45,000.
function roundPrice(rupees: number): number {
  const step = rupees < 100 ? 1 : rupees < 1_000 ? 5 : rupees < 10_000 ? 10 : rupees < 100_000 ? 100 : 1_000;
  return Math.max(step, Math.round(rupees / step) * step);
}

const IMPORT_PRONE_ROOTS = new Set(["computers-and-it", "security-and-surveillance", "medical-and-healthcare", "solar-and-renewable-energy"]);
const ORIGINS = ["CN", "TW", "KR", "JP", "US", "DE", "MY", "VN", "TH", "SG"];

export type ListingContent = {
  title: string;
  description: string;
  brand: string | null;
  model: string | null;
  specifications: { [key: string]: JsonValue };
  pricePaise: number;
  mrpPaise: number;
  gstRateBps: number;
  stockQuantity: number;
  minOrderQuantity: number;
  deliveryDays: number;
  countryOfOrigin: string;
  localContentPercent: number;
  makeInIndiaClass: MakeInIndiaClass;
};

function pickBrand(random: Random, leaf: LeafCategory, seller: SellerRef): string | null {
  if (leaf.kind === "SERVICE") return null;
  const brands = leaf.node.brands ?? [];
  // Special-market brands (Co-optex, Boyanika...) are state cooperatives' labels; weavers,
  // artisans and SHGs sell under their own names.
  if (leaf.market !== null) return seller.kind === "COOPERATIVE" && brands.length > 0 ? random.pick(brands) : null;
  // Most goods carry a maker's brand; a small enterprise sometimes sells under its own.
  if (brands.length > 0 && random.chance(0.9)) return random.pick(brands);
  return seller.displayName.split(" ").slice(0, 2).join(" ");
}

export function draftListingContent(random: Random, leaf: LeafCategory, seller: SellerRef): ListingContent {
  const node = leaf.node;
  const productName = random.pick(node.productNames && node.productNames.length > 0 ? node.productNames : [node.name]);
  const isService = leaf.kind === "SERVICE";
  const brand = pickBrand(random, leaf, seller);
  const model = brand && leaf.market === null ? `${brand.replace(/[^A-Za-z]/g, "").slice(0, 3).toUpperCase()}-${random.int(100, 9999)}${random.chance(0.3) ? random.letters(1) : ""}` : null;

  const specifications: { [key: string]: JsonValue } = {};
  const highlights: string[] = [];
  for (const spec of node.specs ?? []) {
    const value = fillSpec(random, spec, seller);
    specifications[spec.key] = value;
    const described = spec.key_spec ? describeSpec(spec, value) : null;
    if (described && highlights.length < 3) highlights.push(described);
  }
  const title = `${brand && !isService ? `${brand} ` : ""}${productName}${highlights.length > 0 ? ` (${highlights.join(", ")})` : ""}`;

  const [low, high] = node.priceRangeRupees;
  const priceRupees = roundPrice(random.logUniform(low, high));
  // MRP 5-45 % above the price, skewed high: buyers save about 30 % against MRP on average,
  // a little more from MSEs (seeds: 32.79 % saved buying from MSMEs).
  const markup = 0.05 + 0.4 * Math.pow(random.next(), seller.mseClass === "MICRO" || seller.mseClass === "SMALL" ? 0.15 : 0.3);
  const mrpRupees = Math.max(roundPrice(priceRupees * (1 + markup)), priceRupees + 1);

  const isImported = !isService && leaf.market === null && random.chance(IMPORT_PRONE_ROOTS.has(leaf.rootSlug) && (seller.mseClass === null || seller.mseClass === "NOT_MSME") ? 0.25 : 0.04);
  const localContentPercent = leaf.market !== null || isService ? 100 : isImported ? random.int(0, 45) : random.chance(0.85) ? random.int(50, 100) : random.int(20, 49);
  // PPP-MII order 2017 (revised 2020): Class-I >= 50 % local content, Class-II >= 20 %.
  const makeInIndiaClass: MakeInIndiaClass = localContentPercent >= 50 ? "CLASS_I" : localContentPercent >= 20 ? "CLASS_II" : "NON_LOCAL";

  const deliveryDays = leaf.rootSlug === "vehicles" ? random.int(30, 60) : priceRupees > 100_000 ? random.int(15, 45) : leaf.market !== null ? random.int(7, 21) : random.int(3, 15);
  return {
    title,
    description: `${productName} ${isService ? "provided" : "supplied"} by ${seller.displayName}, ${seller.district.name}, ${seller.state.name}.${highlights.length > 0 ? ` ${highlights.join("; ")}.` : ""}`,
    brand,
    model,
    specifications,
    pricePaise: priceRupees * 100,
    mrpPaise: mrpRupees * 100,
    gstRateBps: gstRateForProduct(leaf.gstRateBps, productName),
    stockQuantity: isService ? 9_999 : priceRupees < 500 ? random.int(500, 20_000) : priceRupees < 10_000 ? random.int(50, 2_000) : priceRupees < 100_000 ? random.int(5, 300) : random.int(1, 30),
    minOrderQuantity: isService ? 1 : priceRupees < 100 ? random.pick([10, 20, 50]) : priceRupees < 500 ? random.pick([1, 5, 10]) : 1,
    deliveryDays,
    countryOfOrigin: isImported ? random.pick(ORIGINS) : "IN",
    localContentPercent,
    makeInIndiaClass,
  };
}
