import { z } from "zod";
import { ORGANISATION_REJECTION_REASONS } from "./rejection-reasons";

const organisationId = z.number({ error: "forms.errors.required" }).int().positive();

export const VerifyOrganisationSchema = z.object({ organisationId });

// A rejection names a reason code (for reports and the applicant's message) and, for "other",
// the admin's own words, which the head of office then reads.
export const RejectOrganisationSchema = z
  .object({
    organisationId,
    reasonCode: z.enum(ORGANISATION_REJECTION_REASONS, { error: "organisationReview.errors.reason" }),
    note: z.string().trim().max(1000, { error: "forms.errors.tooLong" }).optional(),
  })
  .superRefine(
    (input, ctx) => {
      if (input.reasonCode === "OTHER" && !input.note) ctx.addIssue({ code: "custom", path: ["note"], message: "organisationReview.errors.note" });
    },
    { when: () => true },
  );

export type RejectOrganisationInput = z.output<typeof RejectOrganisationSchema>;
