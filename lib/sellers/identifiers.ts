import type { LegalEntityType } from "../db/generated/enums";

// Pure validators for the Indian identifiers a seller enters at registration
// (domain.md: "GSTIN, PAN and Udyam numbers have fixed public formats and are validated on entry").
// No database, no I/O: the onboarding forms, the server and the seed generator share them.

// PAN: AAAAA9999A. The fourth letter says what kind of holder it is (Income Tax Department).
export const PAN_ENTITY_CODES = {
  P: "Individual or proprietor",
  C: "Company",
  F: "Firm or LLP",
  H: "Hindu undivided family",
  A: "Association of persons",
  T: "Trust",
  B: "Body of individuals",
  G: "Government",
  L: "Local authority",
  J: "Artificial juridical person",
} as const;

export type PanEntityCode = keyof typeof PAN_ENTITY_CODES;

// The PAN holder type each legal form registers under. A proprietorship has no PAN of its
// own: it trades on the proprietor's personal PAN. SHGs and societies hold AOP PANs.
export const PAN_CODE_BY_ENTITY_TYPE: Record<LegalEntityType, PanEntityCode> = {
  PROPRIETORSHIP: "P",
  INDIVIDUAL: "P",
  PARTNERSHIP: "F",
  LLP: "F",
  PRIVATE_LIMITED: "C",
  PUBLIC_LIMITED: "C",
  PRODUCER_COMPANY: "C",
  HUF: "H",
  TRUST: "T",
  SOCIETY: "A",
  COOPERATIVE_SOCIETY: "A",
  SELF_HELP_GROUP: "A",
  GOVERNMENT_ENTITY: "G",
};

const PAN_PATTERN = /^[A-Z]{3}[PCFHATBGLJ][A-Z][0-9]{4}[A-Z]$/;

export function isValidPan(pan: string): boolean {
  return PAN_PATTERN.test(pan);
}

export function panEntityCode(pan: string): PanEntityCode | null {
  return isValidPan(pan) ? (pan[3] as PanEntityCode) : null;
}

// Whether a PAN can belong to a seller of this legal form (its fourth letter matches).
export function isPanConsistentWithEntityType(pan: string, entityType: LegalEntityType): boolean {
  return panEntityCode(pan) === PAN_CODE_BY_ENTITY_TYPE[entityType];
}

// GSTIN: 2-digit state code, the holder's PAN, entity number (1-9, A-Z), "Z", check character.
const GSTIN_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const GSTIN_PATTERN = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

// GST state codes: 01-38 for the states and union territories, 97 "other territory",
// 99 "centre jurisdiction" (GSTN's state code list).
export function isValidGstStateCode(code: string): boolean {
  if (!/^[0-9]{2}$/.test(code)) return false;
  const value = Number(code);
  return (value >= 1 && value <= 38) || value === 97 || value === 99;
}

// GSTN's published mod-36 check: weights alternate 1, 2 from the left; each product is
// folded into base 36 (quotient + remainder) and summed; the check brings the sum to 0 mod 36.
export function gstinCheckDigit(first14: string): string {
  if (first14.length !== 14) throw new Error("gstinCheckDigit needs the first 14 characters");
  let sum = 0;
  for (let index = 0; index < 14; index++) {
    const value = GSTIN_ALPHABET.indexOf(first14.charAt(index));
    if (value < 0) throw new Error(`Invalid GSTIN character "${first14.charAt(index)}"`);
    const product = value * (index % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return GSTIN_ALPHABET.charAt((36 - (sum % 36)) % 36);
}

export function isValidGstin(gstin: string): boolean {
  if (!GSTIN_PATTERN.test(gstin)) return false;
  if (!isValidGstStateCode(gstin.slice(0, 2))) return false;
  if (!isValidPan(gstin.slice(2, 12))) return false;
  return gstinCheckDigit(gstin.slice(0, 14)) === gstin.charAt(14);
}

// Builds a GSTIN from its parts, with the check character computed.
export function buildGstin(gstStateCode: string, pan: string, entityNumber = 1): string {
  if (entityNumber < 1 || entityNumber > 35) throw new Error("GSTIN entity number must be 1-35");
  const first14 = `${gstStateCode}${pan}${GSTIN_ALPHABET.charAt(entityNumber)}Z`;
  return first14 + gstinCheckDigit(first14);
}

export function panFromGstin(gstin: string): string | null {
  return GSTIN_PATTERN.test(gstin) ? gstin.slice(2, 12) : null;
}

export function gstStateCodeFromGstin(gstin: string): string | null {
  return GSTIN_PATTERN.test(gstin) ? gstin.slice(0, 2) : null;
}

// Udyam registration number (MSME, 2020): UDYAM-<state>-<district, 2 digits>-<7 digits>.
const UDYAM_PATTERN = /^UDYAM-[A-Z]{2}-[0-9]{2}-[0-9]{7}$/;

export function isValidUdyam(udyam: string): boolean {
  return UDYAM_PATTERN.test(udyam);
}

// IFSC (RBI): 4-letter bank code, a reserved "0", then a 6-character branch code.
const IFSC_PATTERN = /^[A-Z]{4}0[A-Z0-9]{6}$/;

export function isValidIfsc(ifsc: string): boolean {
  return IFSC_PATTERN.test(ifsc);
}

// Indian postal index number: six digits, the first never 0.
export function isValidPincode(pincode: string): boolean {
  return /^[1-9][0-9]{5}$/.test(pincode);
}

// Identifiers are entered in any case and with stray spaces; they are stored normalised.
export function normaliseIdentifier(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}
