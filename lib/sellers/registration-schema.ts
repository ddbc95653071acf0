import { z } from "zod";
import { NewPasswordField } from "../auth/schemas";
import { ALWAYS, SellerProfileFields, phone, withSellerProfileChecks } from "./seller-profile-schema";

// What self-registration asks on top of the profile: the person who will administer the
// seller's account. Shared by the registration form (browser) and registerSeller (server).

const required = { error: "forms.errors.required" };

export const personName = z.string(required).trim().min(1, required).max(120, { error: "forms.errors.tooLong" });
export const email = z.string(required).trim().toLowerCase().pipe(z.email({ error: "forms.errors.email" }));

export const SellerRegistrationSchema = withSellerProfileChecks(
  SellerProfileFields.extend({
    contactName: personName,
    email,
    mobile: phone,
    password: NewPasswordField,
    confirmPassword: z.string(required),
  }),
).superRefine((value, ctx) => {
  if (value.confirmPassword !== value.password) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "sellers.errors.passwordMismatch" });
}, ALWAYS);

export type SellerRegistration = z.output<typeof SellerRegistrationSchema>;
