import { describe, expect, it } from "vitest";
import { profileCompleteness, type CompletenessSubject } from "@/lib/sellers/profile-completeness";

const complete: CompletenessSubject = {
  legalName: "Narmada Office Supplies",
  entityType: "PROPRIETORSHIP",
  pan: "ABCPE1234F",
  gstin: "23ABCPE1234F1Z5",
  udyamNumber: "UDYAM-MP-07-0012345",
  mseClass: "MICRO",
  isShg: false,
  isArtisan: false,
  isWeaver: false,
  addressLine: "12 Arera Colony",
  pincode: "462016",
  stateId: 1,
  districtId: 2,
  blockId: 3,
  bankAccountName: "Narmada Office Supplies",
  bankAccountNumber: "12345678901",
  ifsc: "SBIN0001234",
  hasContactPhone: true,
};

describe("profile completeness", () => {
  it("is 100 % with nothing missing when every item is there", () => {
    expect(profileCompleteness(complete)).toEqual({ percent: 100, missing: [] });
  });

  it("lists what is missing, weighted", () => {
    expect(profileCompleteness({ ...complete, gstin: null, blockId: null, ifsc: null })).toEqual({ percent: 50, missing: ["gstin", "address", "bank"] });
    expect(profileCompleteness({ ...complete, hasContactPhone: false })).toEqual({ percent: 85, missing: ["contact"] });
  });

  it("needs the MSE class with the Udyam number", () => {
    expect(profileCompleteness({ ...complete, mseClass: null }).missing).toEqual(["udyam"]);
  });

  it("exempts SHGs, artisans and weavers from GSTIN and Udyam", () => {
    for (const group of ["isShg", "isArtisan", "isWeaver"] as const) {
      expect(profileCompleteness({ ...complete, [group]: true, gstin: null, udyamNumber: null, mseClass: null }).percent).toBe(100);
    }
  });

  it("exempts trusts, societies and government bodies from Udyam only", () => {
    expect(profileCompleteness({ ...complete, entityType: "TRUST", udyamNumber: null, mseClass: null, gstin: null })).toEqual({ percent: 85, missing: ["gstin"] });
  });
});
