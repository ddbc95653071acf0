import { z } from "zod";
import { OrganisationType } from "../db/generated/enums";
import { NewPasswordField } from "../auth/schemas";
import { officialEmailStatus } from "./official-email";

export const GOVERNMENT_LEVELS = ["CENTRAL", "STATE"] as const;
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];

// A central ministry belongs to the centre; state departments, local bodies and panchayati raj
// institutions to a state. PSUs, autonomous bodies and cooperatives may be either.
const LEVEL_OF_TYPE: Partial<Record<OrganisationType, GovernmentLevel>> = {
  CENTRAL_MINISTRY: "CENTRAL",
  STATE_DEPARTMENT: "STATE",
  LOCAL_BODY: "STATE",
  PANCHAYATI_RAJ: "STATE",
};

export function requiredLevelOf(type: OrganisationType): GovernmentLevel | null {
  return LEVEL_OF_TYPE[type] ?? null;
}

const text = (max: number) =>
  z.string({ error: "forms.errors.required" }).trim().min(1, { error: "forms.errors.required" }).max(max, { error: "forms.errors.tooLong" });
const id = z.number({ error: "forms.errors.choose" }).int({ error: "forms.errors.choose" }).positive({ error: "forms.errors.choose" });

export const OfficialEmailSchema = z.string({ error: "forms.errors.email" }).trim().toLowerCase().max(254, { error: "forms.errors.tooLong" }).email({ error: "forms.errors.email" });
export const MobileSchema = z.string({ error: "forms.errors.phone" }).trim().regex(/^[6-9]\d{9}$/, { error: "forms.errors.phone" });
export const PincodeSchema = z.string({ error: "forms.errors.pincode" }).trim().regex(/^[1-9]\d{5}$/, { error: "forms.errors.pincode" });
export const PersonNameSchema = text(120);
export const DesignationSchema = text(120);

// The head of office registers the organisation, its place in the hierarchy (ministry or
// state > department > organisation) and their office. Checked in the browser and again
// on the server; whether the department really lies under the ministry or state, and
// whether the name is free, only the server can tell (register-organisation.ts).
export const OrganisationRegistrationSchema = z
  .object({
    headName: PersonNameSchema,
    headDesignation: DesignationSchema,
    email: OfficialEmailSchema,
    phone: MobileSchema,
    password: NewPasswordField,
    passwordConfirmation: z.string({ error: "buyers.errors.passwordConfirmation" }),
    organisationType: z.enum(OrganisationType, { error: "forms.errors.choose" }),
    level: z.enum(GOVERNMENT_LEVELS, { error: "forms.errors.choose" }),
    ministryId: id.optional(),
    departmentStateId: id.optional(),
    departmentId: id,
    organisationName: text(200),
    officeName: text(200),
    officeAddress: text(300),
    officePincode: PincodeSchema,
    officeStateId: id,
    officeDistrictId: id,
    officeBlockId: id.optional(),
  })
  // Runs even when other fields failed, so the person sees every problem at once; the
  // values may then be unparsed, hence the guards.
  .superRefine((parsed, ctx) => {
    const input: Partial<typeof parsed> = parsed;
    if (typeof input.password === "string" && input.password !== input.passwordConfirmation) {
      ctx.addIssue({ code: "custom", path: ["passwordConfirmation"], message: "buyers.errors.passwordConfirmation" });
    }
    const required = input.organisationType ? requiredLevelOf(input.organisationType) : null;
    if (required && input.level && input.level !== required) {
      ctx.addIssue({ code: "custom", path: ["level"], message: required === "CENTRAL" ? "buyers.errors.levelCentral" : "buyers.errors.levelState" });
    }
    if (input.level === "CENTRAL" && input.ministryId === undefined) {
      ctx.addIssue({ code: "custom", path: ["ministryId"], message: "buyers.errors.ministry" });
    }
    if (input.level === "STATE" && input.departmentStateId === undefined) {
      ctx.addIssue({ code: "custom", path: ["departmentStateId"], message: "buyers.errors.departmentState" });
    }
    if (typeof input.email === "string" && input.email.includes("@") && officialEmailStatus(input.email, input.organisationType) === "refused") {
      ctx.addIssue({ code: "custom", path: ["email"], message: "buyers.errors.officialEmail" });
    }
  }, { when: () => true });

export type OrganisationRegistrationInput = z.output<typeof OrganisationRegistrationSchema>;
