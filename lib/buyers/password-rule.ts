import { z } from "zod";

// At least 10 characters with a letter and a digit: long enough to resist guessing, simple
// enough to type on a shared office computer. Argon2id does the rest (lib/auth/password.ts).
export const NewPasswordSchema = z
  .string({ error: "buyers.errors.password" })
  .min(10, { error: "buyers.errors.password" })
  .max(200, { error: "forms.errors.tooLong" })
  .regex(/\p{L}/u, { error: "buyers.errors.password" })
  .regex(/\d/, { error: "buyers.errors.password" });
