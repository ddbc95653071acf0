import { z } from "zod";

// Shared by the sign-in form (client) and the credentials check (server).
// An empty field arrives absent (lib/forms/read-form.ts), so each field's base type carries
// the message too.
export const SignInSchema = z.object({
  email: z.string({ error: "auth.errors.email" }).trim().toLowerCase().email({ error: "auth.errors.email" }),
  password: z.string({ error: "auth.errors.passwordRequired" }).min(1, { error: "auth.errors.passwordRequired" }),
});

export type SignInInput = z.infer<typeof SignInSchema>;

// A password someone chooses, wherever they choose it (registration, reset): at least 10
// characters with a letter (in any script) and a digit; long rather than clever (NIST
// SP 800-63B). Argon2id does the rest (lib/auth/password.ts).
export const NewPasswordField = z
  .string({ error: "account.errors.password" })
  .min(10, { error: "account.errors.password" })
  .max(200, { error: "forms.errors.tooLong" })
  .regex(/\p{L}/u, { error: "account.errors.password" })
  .regex(/[0-9]/, { error: "account.errors.password" });

export const ForgotPasswordSchema = z.object({
  email: z.string({ error: "auth.errors.email" }).trim().toLowerCase().email({ error: "auth.errors.email" }),
});

export const ResetPasswordSchema = z
  .object({
    token: z.string({ error: "account.errors.linkInvalid" }).min(20, { error: "account.errors.linkInvalid" }),
    password: NewPasswordField,
    confirmPassword: z.string({ error: "account.errors.passwordMismatch" }),
  })
  .refine((input) => input.password === input.confirmPassword, { path: ["confirmPassword"], error: "account.errors.passwordMismatch" });
