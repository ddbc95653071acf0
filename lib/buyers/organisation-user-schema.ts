import { z } from "zod";
import { DesignationSchema, MobileSchema, OfficialEmailSchema, PersonNameSchema } from "./organisation-registration-schema";

// The roles a primary user hands out. One person may hold several; PRIMARY_BUYER is never
// among them, so the head of office cannot buy (the order's roles are kept apart per order:
// lib/orders/order-roles.ts).
export const SECONDARY_ROLES = ["BUYER", "CONSIGNEE", "PAYING_AUTHORITY"] as const;
export type SecondaryRole = (typeof SECONDARY_ROLES)[number];

const userId = z.number({ error: "forms.errors.required" }).int().positive();
const roles = z.array(z.enum(SECONDARY_ROLES, { error: "buyerPortal.errors.roles" })).min(1, { error: "buyerPortal.errors.roles" });

export const CreateOrganisationUserSchema = z.object({
  name: PersonNameSchema,
  designation: DesignationSchema,
  email: OfficialEmailSchema,
  phone: MobileSchema,
  officeId: z.number({ error: "forms.errors.choose" }).int({ error: "forms.errors.choose" }).positive({ error: "forms.errors.choose" }),
  roles,
});

export const ChangeUserRolesSchema = z.object({ userId, roles });

export const UserIdSchema = z.object({ userId });

export type CreateOrganisationUserInput = z.output<typeof CreateOrganisationUserSchema>;
export type ChangeUserRolesInput = z.output<typeof ChangeUserRolesSchema>;
