import { z } from "zod";

// Shared by the sign-in form (client) and the credentials check (server).
export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().email({ error: "auth.errors.email" }),
  password: z.string().min(1, { error: "auth.errors.passwordRequired" }),
});

export type SignInInput = z.infer<typeof SignInSchema>;
