import { z } from "zod";
import { ALWAYS, SellerProfileFields, phone, withSellerProfileChecks } from "./seller-profile-schema";

// What self-registration asks on top of the profile: the person who will administer the
// seller's account. Shared by the registration form (browser) and registerSeller (server).

const required = { error: "forms.errors.required" };

export const personName = z.string(required).trim().min(1, required).max(120, { error: "forms.errors.tooLong" });
export const email = z.string(required).trim().toLowerCase().pipe(z.email({ error: "forms.errors.email" }));
// At least 10 characters with a letter and a digit (long rather than clever: NIST SP 800-63B).
export const newPassword = z
  .string(required)
  .min(10, { error: "sellers.errors.password" })
  .max(200, { error: "forms.errors.tooLong" })
  .refine((value) => /\p{L}/u.test(value) && /[0-9]/.test(value), { error: "sellers.errors.password" });

export const SellerRegistrationSchema = withSellerProfileChecks(
  SellerProfileFields.extend({
    contactName: personName,
    email,
    mobile: phone,
    password: newPassword,
    confirmPassword: z.string(required),
  }),
).superRefine((value, ctx) => {
  if (value.confirmPassword !== value.password) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "sellers.errors.passwordMismatch" });
}, ALWAYS);

export type SellerRegistration = z.output<typeof SellerRegistrationSchema>;
