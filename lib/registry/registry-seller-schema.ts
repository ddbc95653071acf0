import { z } from "zod";
import { email, personName } from "../sellers/registration-schema";
import { checkSellerProfile, phone, SellerProfileFields } from "../sellers/seller-profile-schema";

// One record of an external registry (NRLM's SHGs, artisan and weaver registries), as it
// arrives on POST /api/v1/sellers:bulk. The same field schemas and cross-field rules as the
// web forms; the place is given by names a registry knows (state code, district and block
// names) instead of Kraya's ids. Messages are i18n keys; the API answers in English.
export const RegistrySellerSchema = SellerProfileFields.omit({ stateId: true, districtId: true, blockId: true })
  .extend({
    registryId: z.string({ error: "forms.errors.required" }).trim().min(1, { error: "forms.errors.required" }).max(64, { error: "forms.errors.tooLong" }),
    stateCode: z.string({ error: "forms.errors.required" }).trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "registry.errors.stateCode" }),
    district: z.string({ error: "forms.errors.required" }).trim().min(1, { error: "forms.errors.required" }),
    block: z.string().trim().min(1).optional(),
    contactName: personName,
    contactMobile: phone,
    contactEmail: email.optional(),
  })
  .superRefine((value, ctx) => checkSellerProfile(value, ctx));

export type RegistrySeller = z.output<typeof RegistrySellerSchema>;

export const MAX_ROWS_PER_BATCH = 1000;

// The envelope: which registry the ids belong to, and up to 1,000 records. Rows are
// validated one by one (a bad row never spoils the batch), so here they are only objects.
export const BulkSellersRequestSchema = z.object({
  registry: z.string({ error: "registry.errors.registry" }).trim().regex(/^[A-Z][A-Z0-9_-]{1,31}$/, { error: "registry.errors.registry" }),
  sellers: z
    .array(z.unknown(), { error: "registry.errors.empty" })
    .min(1, { error: "registry.errors.empty" })
    .max(MAX_ROWS_PER_BATCH, { error: "registry.errors.tooMany" }),
});

// The documented shape of a request (OpenAPI), with full rows.
export const BulkSellersRequestDocument = BulkSellersRequestSchema.extend({
  sellers: z.array(RegistrySellerSchema).min(1).max(MAX_ROWS_PER_BATCH),
});

export const RowResultSchema = z.object({
  index: z.number().int().describe("Position of the record in the request, from 0"),
  registryId: z.string().nullable(),
  status: z.enum(["created", "updated", "unchanged", "invalid"]),
  sellerId: z.number().int().optional().describe("Kraya's id of the seller"),
  errors: z
    .record(z.string(), z.object({ code: z.string(), message: z.string() }))
    .optional()
    .describe("Per field: a stable code (an i18n key) and an English message"),
});

export const BulkSellersResponseSchema = z.object({
  registry: z.string(),
  counts: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), invalid: z.number().int() }),
  results: z.array(RowResultSchema),
});

export type RowResult = z.infer<typeof RowResultSchema>;
export type BulkSellersResponse = z.infer<typeof BulkSellersResponseSchema>;
