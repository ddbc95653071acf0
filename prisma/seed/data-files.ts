import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

// The reference data files under prisma/seed/data, parsed and checked once: a typo in a
// hand-edited JSON file fails here with its path, not later as a foreign-key error.

const DATA_DIR = path.join(import.meta.dirname, "data");

const StateFile = z.array(
  z.object({
    code: z.string().length(2),
    gstCode: z.string().regex(/^\d{2}$/),
    name: z.string(),
    nameHi: z.string(),
    kind: z.enum(["STATE", "UT"]),
    districts: z.array(z.object({ name: z.string(), nameHi: z.string(), blocks: z.array(z.string()).min(1) })).min(1),
  }),
);

const MinistryFile = z.array(
  z.object({
    name: z.string(),
    nameHi: z.string(),
    short: z.string(),
    departments: z.array(z.object({ name: z.string(), nameHi: z.string() })),
  }),
);

const SpecField = z.object({
  key: z.string(),
  label: z.string(),
  labelHi: z.string(),
  type: z.enum(["enum", "number", "text"]),
  unit: z.string().optional(),
  values: z.array(z.string()).optional(),
  required: z.boolean().optional(),
  key_spec: z.boolean().optional(),
});

export type SpecFieldData = z.infer<typeof SpecField>;

export type CategoryNode = {
  slug: string;
  name: string;
  nameHi: string;
  kind: "PRODUCT" | "SERVICE";
  market?: "HANDLOOM" | "HANDICRAFT" | "SARAS" | undefined;
  unit: string;
  priceRangeRupees: [number, number];
  specs?: SpecFieldData[] | undefined;
  brands?: string[] | undefined;
  productNames?: string[] | undefined;
  children?: CategoryNode[] | undefined;
};

const CategoryNodeSchema: z.ZodType<CategoryNode> = z.lazy(() =>
  z.object({
    slug: z.string(),
    name: z.string(),
    nameHi: z.string(),
    kind: z.enum(["PRODUCT", "SERVICE"]),
    market: z.enum(["HANDLOOM", "HANDICRAFT", "SARAS"]).optional(),
    unit: z.string(),
    priceRangeRupees: z.tuple([z.number().positive(), z.number().positive()]),
    specs: z.array(SpecField).optional(),
    brands: z.array(z.string()).optional(),
    productNames: z.array(z.string()).optional(),
    children: z.array(CategoryNodeSchema).optional(),
  }),
);

const PeopleFile = z.object({
  firstNames: z.object({ male: z.array(z.string()).min(1), female: z.array(z.string()).min(1) }),
  lastNamesByRegion: z.record(z.string(), z.array(z.string()).min(1)),
  businessSuffixes: z.array(z.string()).min(1),
  shgNameStems: z.array(z.string()).min(1),
  cooperativeStems: z.array(z.string()).min(1),
});

export type StateData = z.infer<typeof StateFile>[number];
export type MinistryData = z.infer<typeof MinistryFile>[number];
export type PeopleData = z.infer<typeof PeopleFile>;

// The catalogue files in display order: products, services, then the three special markets.
export const CATEGORY_FILES = ["general", "services", "handloom", "handicraft", "saras"] as const;
export type CategoryFile = (typeof CATEGORY_FILES)[number];

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const fullPath = path.join(DATA_DIR, file);
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(fullPath, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${fullPath}: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"}`);
  }
  return parsed.data;
}

export type SeedData = {
  states: StateData[];
  ministries: MinistryData[];
  categories: Record<CategoryFile, CategoryNode[]>;
  people: PeopleData;
};

export function loadSeedData(): SeedData {
  const categories = Object.fromEntries(
    CATEGORY_FILES.map((file) => [file, readJson(`categories-${file}.json`, z.array(CategoryNodeSchema))]),
  ) as Record<CategoryFile, CategoryNode[]>;
  return {
    states: readJson("geography.json", StateFile),
    ministries: readJson("ministries.json", MinistryFile),
    categories,
    people: readJson("people.json", PeopleFile),
  };
}
