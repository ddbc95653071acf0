import { z } from "zod";
import { ListingFields, type ListingFieldValues } from "./listing-schema";
import { specFieldSchema, type SpecField } from "./spec-fields";

// The seller's listing form (browser and server action): the listing's own fields, where it
// delivers, and one input per specification field of the chosen category ("spec_<key>").
export const DELIVERY_SCOPES = ["INDIA", "STATES", "DISTRICTS"] as const;
export type DeliveryScope = (typeof DELIVERY_SCOPES)[number];

export type DeliveryChoice = { scope: "INDIA" } | { scope: "STATES"; stateIds: number[] } | { scope: "DISTRICTS"; districtIds: number[] };

// What the create and edit use cases take; the specifications are checked there against the category.
export type ListingInput = ListingFieldValues & { specifications: Record<string, unknown>; delivery: DeliveryChoice };

export const SPEC_PREFIX = "spec_";

const ids = z.array(z.coerce.number().int().positive()).default([]);

export function listingFormSchema(specFields: SpecField[]) {
  const specShape = Object.fromEntries(specFields.map((field) => [`${SPEC_PREFIX}${field.key}`, specFieldSchema(field)]));
  return ListingFields.safeExtend({
    deliveryScope: z.enum(DELIVERY_SCOPES, { error: "forms.errors.choose" }),
    deliveryStateIds: ids,
    deliveryDistrictIds: ids,
    ...specShape,
  }).superRefine((form, ctx) => {
    if (form.deliveryScope === "STATES" && form.deliveryStateIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["deliveryStateIds"], message: "listingEditor.errors.chooseStates" });
    }
    if (form.deliveryScope === "DISTRICTS" && form.deliveryDistrictIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["deliveryDistrictIds"], message: "listingEditor.errors.chooseDistricts" });
    }
  });
}

export type ListingFormValues = z.output<ReturnType<typeof listingFormSchema>>;

// The form's flat values as the use case's input.
export function listingInputOf(form: ListingFormValues): ListingInput {
  const { deliveryScope, deliveryStateIds, deliveryDistrictIds, ...rest } = form;
  const fields: Record<string, unknown> = {};
  const specifications: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key.startsWith(SPEC_PREFIX)) specifications[key.slice(SPEC_PREFIX.length)] = value;
    else fields[key] = value;
  }
  const delivery: DeliveryChoice =
    deliveryScope === "STATES" ? { scope: "STATES", stateIds: deliveryStateIds } : deliveryScope === "DISTRICTS" ? { scope: "DISTRICTS", districtIds: deliveryDistrictIds } : { scope: "INDIA" };
  return { ...(fields as ListingFieldValues), specifications, delivery };
}
