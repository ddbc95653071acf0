import { describe, expect, it } from "vitest";
import { RejectOrganisationSchema } from "@/lib/admin/organisation-decision-schema";
import { fieldErrorsOf } from "@/lib/forms/field-errors";

function errorsOf(input: Record<string, unknown>) {
  const parsed = RejectOrganisationSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("rejecting an organisation", () => {
  it("needs a known reason code", () => {
    expect(errorsOf({ organisationId: 4 })).toEqual({ reasonCode: "organisationReview.errors.reason" });
    expect(errorsOf({ organisationId: 4, reasonCode: "PAN_MISMATCH" })).toEqual({ reasonCode: "organisationReview.errors.reason" });
    expect(errorsOf({ organisationId: 4, reasonCode: "EMAIL_NOT_OFFICIAL" })).toEqual({});
  });

  it("needs a note when the reason is OTHER", () => {
    expect(errorsOf({ organisationId: 4, reasonCode: "OTHER" })).toEqual({ note: "organisationReview.errors.note" });
    expect(errorsOf({ organisationId: 4, reasonCode: "OTHER", note: "   " })).toEqual({ note: "organisationReview.errors.note" });
    expect(errorsOf({ organisationId: 4, reasonCode: "OTHER", note: "No office order attached" })).toEqual({});
  });
});
