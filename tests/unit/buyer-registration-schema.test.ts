import { describe, expect, it } from "vitest";
import { officialEmailStatus } from "@/lib/buyers/official-email";
import { OrganisationRegistrationSchema } from "@/lib/buyers/organisation-registration-schema";
import { fieldErrorsOf } from "@/lib/forms/field-errors";

const valid = {
  headName: "Dr Asha Verma",
  headDesignation: "Director",
  email: "Director.Health@MP.gov.in ",
  phone: "9876543210",
  password: "Secret-pass-2026",
  passwordConfirmation: "Secret-pass-2026",
  organisationType: "STATE_DEPARTMENT",
  level: "STATE",
  departmentStateId: 3,
  departmentId: 40,
  organisationName: "Directorate of Public Health",
  officeName: "Head Office",
  officeAddress: "Satpura Bhawan, Bhopal",
  officePincode: "462004",
  officeStateId: 3,
  officeDistrictId: 12,
};

function errorsOf(input: Record<string, unknown>) {
  const parsed = OrganisationRegistrationSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("official e-mail rule", () => {
  it.each(["a@gov.in", "a@mp.gov.in", "a@health.mp.gov.in", "a@nic.in", "a@dgs.nic.in"])("accepts the government address %s for any type", (email) => {
    expect(officialEmailStatus(email, "STATE_DEPARTMENT")).toBe("government");
    expect(officialEmailStatus(email, "PSU")).toBe("government");
  });

  it("accepts an own domain only for PSUs, autonomous bodies and cooperatives, flagged", () => {
    expect(officialEmailStatus("cmd@ntpc.co.in", "PSU")).toBe("ownDomain");
    expect(officialEmailStatus("registrar@iitd.ac.in", "AUTONOMOUS_BODY")).toBe("ownDomain");
    expect(officialEmailStatus("md@amul.coop", "COOPERATIVE")).toBe("ownDomain");
    expect(officialEmailStatus("ceo@zp-indore.org", "PANCHAYATI_RAJ")).toBe("refused");
    expect(officialEmailStatus("secretary@ministry.com", "CENTRAL_MINISTRY")).toBe("refused");
  });

  it("never accepts web-mail or look-alike domains", () => {
    expect(officialEmailStatus("cmd.ntpc@gmail.com", "PSU")).toBe("refused");
    expect(officialEmailStatus("head@rediffmail.com", "COOPERATIVE")).toBe("refused");
    expect(officialEmailStatus("head@fakegov.in", "STATE_DEPARTMENT")).toBe("refused");
    expect(officialEmailStatus("head@gov.in.example.com", "STATE_DEPARTMENT")).toBe("refused");
  });
});

describe("organisation registration schema", () => {
  it("accepts a complete state registration and normalises the e-mail", () => {
    const parsed = OrganisationRegistrationSchema.parse(valid);
    expect(parsed.email).toBe("director.health@mp.gov.in");
  });

  it("accepts a central registration with a ministry", () => {
    expect(errorsOf({ ...valid, organisationType: "CENTRAL_MINISTRY", level: "CENTRAL", ministryId: 5, departmentStateId: undefined })).toEqual({});
  });

  it("needs the ministry for central organisations and the state for state ones", () => {
    expect(errorsOf({ ...valid, level: "CENTRAL", organisationType: "PSU", departmentStateId: undefined })).toEqual({ ministryId: "buyers.errors.ministry" });
    expect(errorsOf({ ...valid, departmentStateId: undefined })).toEqual({ departmentStateId: "buyers.errors.departmentState" });
  });

  it("ties the government level to the organisation type", () => {
    expect(errorsOf({ ...valid, organisationType: "CENTRAL_MINISTRY" })).toEqual({ level: "buyers.errors.levelCentral" });
    expect(errorsOf({ ...valid, organisationType: "PANCHAYATI_RAJ", level: "CENTRAL", ministryId: 2 })).toEqual({ level: "buyers.errors.levelState" });
    expect(errorsOf({ ...valid, organisationType: "PSU", level: "STATE" })).toEqual({});
  });

  it("refuses weak or mismatched passwords", () => {
    expect(errorsOf({ ...valid, password: "short1", passwordConfirmation: "short1" })).toEqual({ password: "account.errors.password" });
    expect(errorsOf({ ...valid, password: "onlyletterslong", passwordConfirmation: "onlyletterslong" })).toEqual({ password: "account.errors.password" });
    expect(errorsOf({ ...valid, password: "1234567890123", passwordConfirmation: "1234567890123" })).toEqual({ password: "account.errors.password" });
    expect(errorsOf({ ...valid, passwordConfirmation: "Secret-pass-2027" })).toEqual({ passwordConfirmation: "buyers.errors.passwordConfirmation" });
  });

  it("refuses a non-official e-mail for a state department", () => {
    expect(errorsOf({ ...valid, email: "asha.verma@gmail.com" })).toEqual({ email: "buyers.errors.officialEmail" });
  });

  it("reports every problem at once, the cross-field ones included", () => {
    const errors = errorsOf({ ...valid, headName: "", phone: "12345", officePincode: "012345", email: "x@yahoo.com", passwordConfirmation: "other" });
    expect(Object.keys(errors).sort()).toEqual(["email", "headName", "officePincode", "passwordConfirmation", "phone"]);
  });
});
