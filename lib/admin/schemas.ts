import { z } from "zod";
import { AdminScope, VerificationStatus } from "../db/generated/enums";
import { SELLER_REJECTION_REASONS } from "./rejection-reasons";

// The admin portal's forms and filters; one schema checks the browser and the server.

const id = z.coerce.number().int().positive();
const optionalId = z.coerce.number().int().positive().optional();

export const SELLER_QUEUE_STATUSES = [...Object.values(VerificationStatus), "ALL"] as const;

export const SellerQueueFiltersSchema = z.object({
  status: z.enum(SELLER_QUEUE_STATUSES).catch("PENDING").default("PENDING"),
  stateId: optionalId.catch(undefined),
  districtId: optionalId.catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type SellerQueueFilters = z.input<typeof SellerQueueFiltersSchema>;

export const VerifySellerSchema = z.object({ sellerId: id });

export const RejectSellerSchema = z
  .object({
    sellerId: id,
    reasonCode: z.enum(SELLER_REJECTION_REASONS, { error: "adminSellers.errors.reason" }),
    note: z.string().trim().max(1000, { error: "adminSellers.errors.noteTooLong" }).optional(),
  })
  .superRefine((input, issues) => {
    if (input.reasonCode === "OTHER" && !input.note) issues.addIssue({ code: "custom", path: ["note"], message: "adminSellers.errors.noteRequired" });
  });

// A state admin needs a state, a district admin a district (in its state), a block admin a block.
const scopeShape = {
  adminScope: z.enum(AdminScope, { error: "adminUsers.errors.scope" }),
  stateId: optionalId,
  districtId: optionalId,
  blockId: optionalId,
};

type ScopeInput = { adminScope: AdminScope; stateId?: number; districtId?: number; blockId?: number };

function requirePlaceForScope(input: ScopeInput, issues: z.RefinementCtx) {
  const needs = { NATIONAL: [], STATE: ["stateId"], DISTRICT: ["stateId", "districtId"], BLOCK: ["stateId", "districtId", "blockId"] } as const;
  for (const field of needs[input.adminScope]) {
    if (input[field] === undefined) issues.addIssue({ code: "custom", path: [field], message: "adminUsers.errors.placeForScope" });
  }
}

export const CreateAdminUserSchema = z
  .object({
    name: z.string({ error: "adminUsers.errors.name" }).trim().min(2, { error: "adminUsers.errors.name" }).max(100, { error: "forms.errors.tooLong" }),
    email: z
      .string({ error: "forms.errors.email" })
      .trim()
      .toLowerCase()
      .max(200, { error: "forms.errors.tooLong" })
      .pipe(z.email({ error: "forms.errors.email" })),
    designation: z
      .string({ error: "adminUsers.errors.designation" })
      .trim()
      .min(2, { error: "adminUsers.errors.designation" })
      .max(100, { error: "forms.errors.tooLong" }),
    ...scopeShape,
  })
  .superRefine(requirePlaceForScope);

export const ChangeAdminScopeSchema = z.object({ userId: id, ...scopeShape }).superRefine(requirePlaceForScope);

export const SetAdminActiveSchema = z.object({ userId: id, isActive: z.boolean() });

export const RevokeApiKeySchema = z.object({ apiKeyId: id });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00+05:30`)))
  .optional()
  .catch(undefined);
const filterText = z.string().trim().max(100).optional().catch(undefined);

// GET parameters of the audit log; a malformed one is ignored rather than refused.
export const AuditFiltersSchema = z.object({
  from: isoDate,
  to: isoDate,
  action: filterText,
  entityType: filterText,
  actorEmail: filterText.transform((email) => email?.toLowerCase()),
  entityId: filterText,
  cursor: z
    .string()
    .regex(/^\d+_\d+$/)
    .optional()
    .catch(undefined),
});
export type AuditFilters = z.input<typeof AuditFiltersSchema>;
