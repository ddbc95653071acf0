import { z } from "zod";
import { LegalEntityType, MseClass } from "../db/generated/enums";
import {
  PAN_CODE_BY_ENTITY_TYPE,
  gstinCheckDigit,
  isPanConsistentWithEntityType,
  isValidGstStateCode,
  isValidIfsc,
  isValidPan,
  isValidPincode,
  isValidUdyam,
  normaliseIdentifier,
  panFromGstin,
} from "./identifiers";

// One description of a seller's profile for the web forms (browser and server) and for the
// registry bulk API (NRLM rows): field formats here, cross-field rules in
// withSellerProfileChecks. Messages are i18n keys (sellers.json); nothing web-specific.

const required = { error: "forms.errors.required" };

// Upper case, spaces removed, before the format is checked: "abcpe 1234f" is a valid PAN.
function identifier(message: string, isValid: (value: string) => boolean) {
  return z.string(required).overwrite(normaliseIdentifier).refine(isValid, { error: message });
}

const text = (max: number) => z.string(required).trim().min(1, required).max(max, { error: "forms.errors.tooLong" });

export const pan = identifier("sellers.errors.pan", isValidPan);
// Format only; the state code, check character and embedded PAN are checked in withSellerProfileChecks,
// each with its own message.
const GSTIN_SHAPE = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;
export const gstin = identifier("sellers.errors.gstinFormat", (value) => GSTIN_SHAPE.test(value));
export const udyamNumber = identifier("sellers.errors.udyam", isValidUdyam);
export const ifsc = identifier("sellers.errors.ifsc", isValidIfsc);
export const pincode = z.string(required).overwrite((value) => value.replace(/\s+/g, "")).refine(isValidPincode, { error: "forms.errors.pincode" });
export const dpiitNumber = identifier("sellers.errors.dpiit", (value) => /^DIPP[0-9]{1,8}$/.test(value));
export const bankAccountNumber = z
  .string(required)
  .overwrite((value) => value.replace(/[\s-]+/g, ""))
  .refine((value) => /^[0-9]{9,18}$/.test(value), { error: "sellers.errors.bankAccountNumber" });
// Indian mobile numbers: ten digits from 6-9, written with or without +91 or a leading 0.
export const phone = z
  .string(required)
  .overwrite((value) => value.replace(/[\s-]+/g, "").replace(/^(\+91|0)(?=[0-9]{10}$)/, ""))
  .refine((value) => /^[6-9][0-9]{9}$/.test(value), { error: "forms.errors.phone" });
export const cardNumber = z.string().overwrite(normaliseIdentifier).min(1, required).max(40, { error: "forms.errors.tooLong" });
export const entityType = z.enum(Object.values(LegalEntityType) as [LegalEntityType, ...LegalEntityType[]], { error: "forms.errors.choose" });
export const mseClass = z.enum(Object.values(MseClass) as [MseClass, ...MseClass[]], { error: "forms.errors.choose" });
const placeId = z.number({ error: "forms.errors.choose" }).int({ error: "forms.errors.choose" }).positive({ error: "forms.errors.choose" });
const flag = z.boolean().default(false);

export const SellerProfileFields = z.object({
  legalName: text(200),
  tradeName: text(200).optional(),
  entityType,
  pan,
  gstin: gstin.optional(),
  udyamNumber: udyamNumber.optional(),
  mseClass: mseClass.optional(),
  isWomenOwned: flag,
  isScStOwned: flag,
  isStartup: flag,
  dpiitNumber: dpiitNumber.optional(),
  isShg: flag,
  isArtisan: flag,
  isWeaver: flag,
  isCooperative: flag,
  isProducerCompany: flag,
  artisanCardNumber: cardNumber.optional(),
  weaverCardNumber: cardNumber.optional(),
  addressLine: text(300),
  pincode,
  stateId: placeId,
  districtId: placeId,
  blockId: placeId.optional(),
  bankAccountName: text(200).optional(),
  bankAccountNumber: bankAccountNumber.optional(),
  ifsc: ifsc.optional(),
});

export type SellerProfileInput = z.output<typeof SellerProfileFields>;

// The rules between fields, each reported on the field to correct. They run even when some
// fields are missing or malformed (so a person sees every problem at once), hence the
// partial value and the guards.
export function checkSellerProfile(value: Partial<SellerProfileInput>, ctx: z.RefinementCtx): void {
  const issue = (path: keyof SellerProfileInput, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const pan = typeof value.pan === "string" && isValidPan(value.pan) ? value.pan : null;
  const entityType = value.entityType && value.entityType in PAN_CODE_BY_ENTITY_TYPE ? value.entityType : null;
  if (pan && entityType && !isPanConsistentWithEntityType(pan, entityType)) issue("pan", `sellers.errors.panEntity.${PAN_CODE_BY_ENTITY_TYPE[entityType]}`);
  if (typeof value.gstin === "string" && GSTIN_SHAPE.test(value.gstin)) {
    const gstinError = gstinProblem(value.gstin, pan);
    if (gstinError) issue("gstin", gstinError);
  }
  // A Udyam number comes with its class; a class of Udyam needs the number; "not an MSME" has none.
  if (value.udyamNumber && (!value.mseClass || value.mseClass === "NOT_MSME")) issue("mseClass", "sellers.errors.mseClassRequired");
  if (!value.udyamNumber && value.mseClass && value.mseClass !== "NOT_MSME") issue("udyamNumber", "sellers.errors.udyamRequired");
  if (value.isStartup === true && !value.dpiitNumber) issue("dpiitNumber", "sellers.errors.dpiitRequired");
  if (value.bankAccountNumber && !value.ifsc) issue("ifsc", "sellers.errors.ifscRequired");
  if (value.ifsc && !value.bankAccountNumber) issue("bankAccountNumber", "sellers.errors.bankAccountNumberRequired");
}

// Which part of a well-formed GSTIN is wrong, in the order a person would check it.
function gstinProblem(value: string, sellerPan: string | null): string | null {
  if (!isValidGstStateCode(value.slice(0, 2))) return "sellers.errors.gstinStateCode";
  if (!isValidPan(value.slice(2, 12))) return "sellers.errors.gstinFormat";
  if (gstinCheckDigit(value.slice(0, 14)) !== value.charAt(14)) return "sellers.errors.gstinCheckDigit";
  if (sellerPan && panFromGstin(value) !== sellerPan) return "sellers.errors.gstinPan";
  return null;
}

// Runs a form-level rule even when some fields failed, rather than zod's default of skipping it.
export const ALWAYS = { when: () => true };

// Adds the cross-field rules to SellerProfileFields or an extension of it (registration,
// assisted registration, a bulk API row).
export function withSellerProfileChecks<Schema extends z.ZodType<SellerProfileInput>>(schema: Schema): Schema {
  return schema.superRefine(checkSellerProfile, ALWAYS) as Schema;
}
