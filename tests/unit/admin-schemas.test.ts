import { describe, expect, it } from "vitest";
import { AuditFiltersSchema, CreateAdminUserSchema, RejectSellerSchema, SellerQueueFiltersSchema } from "@/lib/admin/schemas";
import { fieldErrorsOf } from "@/lib/forms/field-errors";

function errorsOf(result: { success: boolean; error?: Parameters<typeof fieldErrorsOf>[0] }) {
  return result.error ? fieldErrorsOf(result.error) : {};
}

describe("admin schemas", () => {
  it("needs a reason to reject, and a note when the reason is OTHER", () => {
    expect(errorsOf(RejectSellerSchema.safeParse({ sellerId: 3 }))).toEqual({ reasonCode: "adminSellers.errors.reason" });
    expect(errorsOf(RejectSellerSchema.safeParse({ sellerId: 3, reasonCode: "OTHER" }))).toEqual({ note: "adminSellers.errors.noteRequired" });
    expect(RejectSellerSchema.parse({ sellerId: "3", reasonCode: "OTHER", note: " Photos missing " })).toEqual({ sellerId: 3, reasonCode: "OTHER", note: "Photos missing" });
  });

  it("asks an admin's level for the places it needs", () => {
    const base = { name: "Meera Joshi", email: " Meera.Joshi@MP.gov.in ", designation: "Joint Director" };
    expect(CreateAdminUserSchema.parse({ ...base, adminScope: "NATIONAL" })).toMatchObject({ email: "meera.joshi@mp.gov.in" });
    expect(errorsOf(CreateAdminUserSchema.safeParse({ ...base, adminScope: "STATE" }))).toEqual({ stateId: "adminUsers.errors.placeForScope" });
    expect(errorsOf(CreateAdminUserSchema.safeParse({ ...base, adminScope: "BLOCK", stateId: 1 }))).toEqual({
      districtId: "adminUsers.errors.placeForScope",
      blockId: "adminUsers.errors.placeForScope",
    });
    expect(errorsOf(CreateAdminUserSchema.safeParse({ adminScope: "NATIONAL" }))).toEqual({
      name: "adminUsers.errors.name",
      email: "forms.errors.email",
      designation: "adminUsers.errors.designation",
    });
  });

  it("ignores malformed filter parameters instead of failing the page", () => {
    expect(SellerQueueFiltersSchema.parse({ status: "BOGUS", page: "-4", stateId: "x" })).toEqual({ status: "PENDING", page: 1 });
    expect(AuditFiltersSchema.parse({ from: "31/12/2025", cursor: "drop table", actorEmail: "Admin@Kraya.demo" })).toEqual({ actorEmail: "admin@kraya.demo" });
  });
});
