import type { Db } from "@/lib/db/client";
import type { ListingInput } from "@/lib/catalogue/listing-form-schema";
import { parseSpecFields, type Specifications } from "@/lib/catalogue/spec-fields";

// Shared by the catalogue integration tests (not a test file itself).

// A leaf category whose specification fields include a required choice and a number.
export async function specCategory(db: Db) {
  const categories = await db.category.findMany({ where: { isLeaf: true, kind: "PRODUCT" }, select: { id: true, specFields: true }, orderBy: { id: "asc" } });
  const category = categories.find((candidate) => {
    const fields = parseSpecFields(candidate.specFields);
    return fields.some((field) => field.type === "enum" && field.required) && fields.some((field) => field.type === "number");
  });
  if (!category) throw new Error("No leaf category with enum and number specifications");
  return { id: category.id, fields: parseSpecFields(category.specFields) };
}

// Values for every required field (and every number field) of the category.
export function specValuesFor(fields: ReturnType<typeof parseSpecFields>): Specifications {
  return Object.fromEntries(
    fields
      .filter((field) => field.required || field.type === "number")
      .map((field) => [field.key, field.type === "enum" ? (field.values ?? [""])[0]! : field.type === "number" ? 8 : "Steel"]),
  );
}

export async function listingInput(db: Db, overrides: Partial<ListingInput> = {}): Promise<ListingInput> {
  const category = await specCategory(db);
  return {
    categoryId: category.id,
    title: "Handwoven cotton office file folder",
    description: "Sturdy folder",
    brand: "Narmada",
    model: undefined,
    price: 125_000,
    mrp: 150_000,
    gstRateBps: 1200,
    stockQuantity: 50,
    minOrderQuantity: 2,
    deliveryDays: 5,
    countryOfOrigin: "IN",
    localContentPercent: 80,
    specifications: specValuesFor(category.fields),
    delivery: { scope: "INDIA" },
    ...overrides,
  };
}
