import { describe, expect, it } from "vitest";
import {
  PAN_CODE_BY_ENTITY_TYPE,
  buildGstin,
  gstStateCodeFromGstin,
  gstinCheckDigit,
  isPanConsistentWithEntityType,
  isValidGstStateCode,
  isValidGstin,
  isValidIfsc,
  isValidPan,
  isValidPincode,
  isValidUdyam,
  normaliseIdentifier,
  panEntityCode,
  panFromGstin,
} from "../../lib/sellers/identifiers";

describe("PAN", () => {
  it("accepts the public format with a known holder-type letter", () => {
    expect(isValidPan("AAPFU0939F")).toBe(true);
    expect(isValidPan("ABCPK1234L")).toBe(true);
    expect(isValidPan("AAACI1681G")).toBe(true);
  });

  it("rejects wrong lengths, lower case, digits in letter places and unknown holder types", () => {
    expect(isValidPan("AAPFU0939")).toBe(false);
    expect(isValidPan("aapfu0939f")).toBe(false);
    expect(isValidPan("AA1FU0939F")).toBe(false);
    expect(isValidPan("AAPFU09390")).toBe(false);
    expect(isValidPan("AAAXU0939F")).toBe(false);
  });

  it("reads the fourth letter as the holder type", () => {
    expect(panEntityCode("AAPFU0939F")).toBe("F");
    expect(panEntityCode("ABCPK1234L")).toBe("P");
    expect(panEntityCode("not a pan")).toBeNull();
  });

  it("matches legal forms to their PAN holder type", () => {
    expect(PAN_CODE_BY_ENTITY_TYPE.SELF_HELP_GROUP).toBe("A");
    expect(PAN_CODE_BY_ENTITY_TYPE.PRIVATE_LIMITED).toBe("C");
    expect(isPanConsistentWithEntityType("ABCPK1234L", "PROPRIETORSHIP")).toBe(true);
    expect(isPanConsistentWithEntityType("ABCPK1234L", "PRIVATE_LIMITED")).toBe(false);
    expect(isPanConsistentWithEntityType("AAPFU0939F", "LLP")).toBe(true);
  });
});

describe("GSTIN", () => {
  it("computes the mod-36 check character of a known registration", () => {
    expect(gstinCheckDigit("27AAPFU0939F1Z")).toBe("V");
    expect(isValidGstin("27AAPFU0939F1ZV")).toBe(true);
  });

  it("rejects a wrong check character", () => {
    expect(isValidGstin("27AAPFU0939F1ZW")).toBe(false);
    expect(isValidGstin("27AAPFU0939F1Z0")).toBe(false);
  });

  it("rejects a changed state code or PAN, because the check no longer matches", () => {
    expect(isValidGstin("23AAPFU0939F1ZV")).toBe(false);
    expect(isValidGstin("27AAPFU0938F1ZV")).toBe(false);
  });

  it("rejects malformed numbers", () => {
    expect(isValidGstin("27AAPFU0939F1YV")).toBe(false);
    expect(isValidGstin("27AAPFU0939F0ZV")).toBe(false);
    expect(isValidGstin("27aapfu0939f1zv")).toBe(false);
    expect(isValidGstin("27AAPFU0939F1Z")).toBe(false);
    expect(isValidGstin("")).toBe(false);
  });

  it("rejects state codes outside GSTN's list", () => {
    expect(isValidGstStateCode("00")).toBe(false);
    expect(isValidGstStateCode("39")).toBe(false);
    expect(isValidGstStateCode("38")).toBe(true);
    expect(isValidGstStateCode("97")).toBe(true);
    const first14 = "40AAPFU0939F1Z";
    expect(isValidGstin(first14 + gstinCheckDigit(first14))).toBe(false);
  });

  it("builds valid GSTINs for every state and entity number", () => {
    for (const code of ["01", "09", "23", "27", "36", "38"]) {
      for (const entity of [1, 2, 9, 10, 35]) {
        const gstin = buildGstin(code, "ABCPK1234L", entity);
        expect(isValidGstin(gstin)).toBe(true);
        expect(gstStateCodeFromGstin(gstin)).toBe(code);
      }
    }
    expect(buildGstin("23", "ABCPK1234L").slice(12, 14)).toBe("1Z");
  });

  it("refuses to compute a check over anything but 14 characters", () => {
    expect(() => gstinCheckDigit("27AAPFU0939F1")).toThrow();
    expect(() => buildGstin("27", "AAPFU0939F", 0)).toThrow();
  });

  it("extracts the PAN", () => {
    expect(panFromGstin("27AAPFU0939F1ZV")).toBe("AAPFU0939F");
    expect(panFromGstin("27AAPFU")).toBeNull();
  });
});

describe("Udyam, IFSC and PIN code", () => {
  it("accepts Udyam registration numbers", () => {
    expect(isValidUdyam("UDYAM-MP-12-0012345")).toBe(true);
    expect(isValidUdyam("UDYAM-TS-01-1234567")).toBe(true);
  });

  it("rejects malformed Udyam numbers", () => {
    expect(isValidUdyam("UDYAM-MP-12-001234")).toBe(false);
    expect(isValidUdyam("UDYOG-MP-12-0012345")).toBe(false);
    expect(isValidUdyam("UDYAM-M1-12-0012345")).toBe(false);
    expect(isValidUdyam("udyam-mp-12-0012345")).toBe(false);
  });

  it("accepts IFSC codes and rejects a non-zero fifth character", () => {
    expect(isValidIfsc("SBIN0001234")).toBe(true);
    expect(isValidIfsc("HDFC0CAGSBK")).toBe(true);
    expect(isValidIfsc("SBIN1001234")).toBe(false);
    expect(isValidIfsc("SBI00001234")).toBe(false);
    expect(isValidIfsc("SBIN000123")).toBe(false);
  });

  it("accepts six-digit PIN codes that do not start with 0", () => {
    expect(isValidPincode("462001")).toBe(true);
    expect(isValidPincode("062001")).toBe(false);
    expect(isValidPincode("46200")).toBe(false);
  });

  it("normalises what people type", () => {
    expect(normaliseIdentifier(" 27aapfu0939f1zv ")).toBe("27AAPFU0939F1ZV");
    expect(isValidGstin(normaliseIdentifier("27 aapfu 0939 f1zv"))).toBe(true);
  });
});
