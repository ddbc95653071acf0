import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { loadMessages } from "@/lib/i18n/messages";
import { buildGstin } from "@/lib/sellers/identifiers";
import * as fields from "@/lib/sellers/seller-profile-schema";
import { SellerProfileFields, withSellerProfileChecks } from "@/lib/sellers/seller-profile-schema";

const schema = withSellerProfileChecks(SellerProfileFields);

const valid = {
  legalName: "Narmada Office Supplies",
  entityType: "PROPRIETORSHIP",
  pan: "ABCPE1234F",
  addressLine: "12 Arera Colony",
  pincode: "462016",
  stateId: 1,
  districtId: 2,
};

function errorsOf(input: Record<string, unknown>) {
  const parsed = schema.safeParse({ ...valid, ...input });
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("identifier fields", () => {
  it.each([
    ["pan", " abcpe 1234f ", "ABCPE1234F"],
    ["gstin", "23abcpe1234f1z5", "23ABCPE1234F1Z5"],
    ["udyamNumber", "udyam-mp-07-0012345", "UDYAM-MP-07-0012345"],
    ["ifsc", "sbin 0001234", "SBIN0001234"],
    ["dpiitNumber", "dipp 123456", "DIPP123456"],
    ["bankAccountNumber", "1234 5678 901", "12345678901"],
    ["pincode", "462 016", "462016"],
    ["phone", "+91 98765 43210", "9876543210"],
    ["phone", "09876543210", "9876543210"],
  ] as const)("normalises a %s written as %j", (name, input, output) => {
    expect(fields[name].parse(input)).toBe(output);
  });

  it.each([
    ["pan", "ABCPE1234", "sellers.errors.pan"],
    ["pan", "ABCXE1234F", "sellers.errors.pan"],
    ["pan", "AB1PE1234F", "sellers.errors.pan"],
    ["gstin", "23ABCPE1234F1Y5", "sellers.errors.gstinFormat"],
    ["gstin", "23ABCPE1234F", "sellers.errors.gstinFormat"],
    ["udyamNumber", "UDYAM-MP-7-0012345", "sellers.errors.udyam"],
    ["udyamNumber", "UDYOG-MP-07-0012345", "sellers.errors.udyam"],
    ["ifsc", "SBIN1001234", "sellers.errors.ifsc"],
    ["ifsc", "SBI00012345", "sellers.errors.ifsc"],
    ["dpiitNumber", "DPIIT123", "sellers.errors.dpiit"],
    ["bankAccountNumber", "12345678", "sellers.errors.bankAccountNumber"],
    ["bankAccountNumber", "1234567890123456789", "sellers.errors.bankAccountNumber"],
    ["pincode", "062016", "forms.errors.pincode"],
    ["phone", "5876543210", "forms.errors.phone"],
  ] as const)("refuses a %s written as %j", (name, input, message) => {
    const parsed = fields[name].safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });
});

describe("seller profile checks", () => {
  it("accepts a complete, consistent profile", () => {
    const gstinOfPan = buildGstin("23", "ABCPE1234F");
    expect(
      errorsOf({
        gstin: gstinOfPan,
        udyamNumber: "UDYAM-MP-07-0012345",
        mseClass: "MICRO",
        isStartup: true,
        dpiitNumber: "DIPP123456",
        bankAccountNumber: "12345678901",
        ifsc: "SBIN0001234",
      }),
    ).toEqual({});
  });

  it("checks the PAN's 4th letter against the entity type", () => {
    expect(errorsOf({ entityType: "PRIVATE_LIMITED" })).toEqual({ pan: "sellers.errors.panEntity.C" });
    expect(errorsOf({ entityType: "SELF_HELP_GROUP" })).toEqual({ pan: "sellers.errors.panEntity.A" });
    expect(errorsOf({ entityType: "PRIVATE_LIMITED", pan: "AAACI1681G" })).toEqual({});
  });

  it("checks the GSTIN's state code, check character and embedded PAN, each with its own message", () => {
    const good = buildGstin("23", "ABCPE1234F");
    expect(errorsOf({ gstin: `40${good.slice(2)}` })).toEqual({ gstin: "sellers.errors.gstinStateCode" });
    const wrongCheck = good.slice(0, 14) + (good.endsWith("A") ? "B" : "A");
    expect(errorsOf({ gstin: wrongCheck })).toEqual({ gstin: "sellers.errors.gstinCheckDigit" });
    expect(errorsOf({ gstin: buildGstin("23", "ABCPF1234F") })).toEqual({ gstin: "sellers.errors.gstinPan" });
  });

  it("needs the MSE class with an Udyam number and the DPIIT number with a startup", () => {
    expect(errorsOf({ udyamNumber: "UDYAM-MP-07-0012345" })).toEqual({ mseClass: "sellers.errors.mseClassRequired" });
    expect(errorsOf({ isStartup: true })).toEqual({ dpiitNumber: "sellers.errors.dpiitRequired" });
  });

  it("needs the account number and the IFSC together", () => {
    expect(errorsOf({ bankAccountNumber: "12345678901" })).toEqual({ ifsc: "sellers.errors.ifscRequired" });
    expect(errorsOf({ ifsc: "SBIN0001234" })).toEqual({ bankAccountNumber: "sellers.errors.bankAccountNumberRequired" });
  });

  it("reports every wrong field at once, not the first", () => {
    expect(Object.keys(errorsOf({ pan: "XYZ", ifsc: "BAD", bankAccountNumber: "1", udyamNumber: "BAD", mseClass: "MICRO", pincode: "1" })).sort()).toEqual(["bankAccountNumber", "ifsc", "pan", "pincode", "udyamNumber"]);
  });

  it("checks the fields against each other even when other fields are missing", () => {
    const parsed = schema.safeParse({ entityType: "PRIVATE_LIMITED", pan: "ABCPE1234F", gstin: "23ABCPE1234F1ZA" });
    const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    expect(errors).toMatchObject({ legalName: "forms.errors.required", pan: "sellers.errors.panEntity.C", gstin: "sellers.errors.gstinCheckDigit" });
  });

  it("stays a plain object that others can extend before adding the checks", () => {
    const extended = withSellerProfileChecks(SellerProfileFields.extend({ registryId: SellerProfileFields.shape.legalName }));
    expect(extended.safeParse({ ...valid, registryId: "NRLM-1", entityType: "PRIVATE_LIMITED" }).error?.issues[0]?.path).toEqual(["pan"]);
  });
});

describe("the messages", () => {
  it("reads precisely in English and in Hindi", async () => {
    const [en, hi] = await Promise.all([loadMessages("en"), loadMessages("hi")]);
    const key = errorsOf({ entityType: "PRIVATE_LIMITED" }).pan ?? "";
    expect(createTranslator({ locale: "en", messages: en })(key as never)).toBe("The 4th letter of a company's PAN is C");
    expect(createTranslator({ locale: "hi", messages: hi })(key as never)).toBe("कंपनी के पैन का चौथा अक्षर C होता है");
    expect(createTranslator({ locale: "en", messages: en })("sellers.errors.ifsc")).toBe("IFSC is 11 characters: 4 letters, 0, then 6 letters or digits");
  });
});
