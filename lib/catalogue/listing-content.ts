import "server-only";
import type { Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { FieldValidationError } from "../errors";
import type { DeliveryChoice, ListingInput } from "./listing-form-schema";
import { SPEC_PREFIX } from "./listing-form-schema";
import { makeInIndiaClass } from "./make-in-india";
import { parseSpecFields, specificationsSchema } from "./spec-fields";

export type DeliveryArea = { stateId: number; districtId: number | null };

// The columns a listing's form decides, checked against its category: a leaf category (whose
// kind, product or service, the listing takes) and that category's specification fields.
export async function listingContentOf(tx: Tx, input: ListingInput) {
  const category = await tx.category.findUnique({ where: { id: input.categoryId }, select: { kind: true, isLeaf: true, specFields: true } });
  if (!category || !category.isLeaf) throw new FieldValidationError({ categoryId: "listingEditor.errors.leafCategory" });
  const specs = specificationsSchema(parseSpecFields(category.specFields)).safeParse(input.specifications);
  if (!specs.success) {
    throw new FieldValidationError(Object.fromEntries(specs.error.issues.map((issue) => [`${SPEC_PREFIX}${String(issue.path[0])}`, issue.message])));
  }
  return {
    categoryId: input.categoryId,
    kind: category.kind,
    title: input.title,
    description: input.description,
    brand: input.brand ?? null,
    model: input.model ?? null,
    specifications: specs.data as Prisma.InputJsonObject,
    pricePaise: BigInt(input.price),
    mrpPaise: BigInt(input.mrp),
    gstRateBps: input.gstRateBps,
    stockQuantity: input.stockQuantity,
    minOrderQuantity: input.minOrderQuantity,
    deliveryDays: input.deliveryDays,
    countryOfOrigin: input.countryOfOrigin,
    localContentPercent: input.localContentPercent,
    makeInIndiaClass: makeInIndiaClass(input.localContentPercent),
  };
}

export type ListingContent = Awaited<ReturnType<typeof listingContentOf>>;

// All India is a row per state (as the seed writes it), so "delivers to my state" is one lookup.
export async function deliveryAreasOf(tx: Tx, delivery: DeliveryChoice): Promise<DeliveryArea[]> {
  if (delivery.scope === "INDIA") {
    return (await tx.state.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((state) => ({ stateId: state.id, districtId: null }));
  }
  if (delivery.scope === "STATES") {
    const states = await tx.state.findMany({ where: { id: { in: delivery.stateIds } }, select: { id: true }, orderBy: { id: "asc" } });
    if (states.length !== new Set(delivery.stateIds).size) throw new FieldValidationError({ deliveryStateIds: "forms.errors.choose" });
    return states.map((state) => ({ stateId: state.id, districtId: null }));
  }
  const districts = await tx.district.findMany({ where: { id: { in: delivery.districtIds } }, select: { id: true, stateId: true }, orderBy: { id: "asc" } });
  if (districts.length !== new Set(delivery.districtIds).size) throw new FieldValidationError({ deliveryDistrictIds: "forms.errors.choose" });
  return districts.map((district) => ({ stateId: district.stateId, districtId: district.id }));
}

export async function replaceDeliveryAreas(tx: Tx, listingId: number, areas: DeliveryArea[]): Promise<void> {
  await tx.listingDeliveryArea.deleteMany({ where: { listingId } });
  await tx.listingDeliveryArea.createMany({ data: areas.map((area) => ({ listingId, ...area })) });
}

export function sameAreas(a: DeliveryArea[], b: DeliveryArea[]): boolean {
  const key = (areas: DeliveryArea[]) => areas.map((area) => `${area.stateId}:${area.districtId ?? ""}`).sort().join(",");
  return key(a) === key(b);
}
