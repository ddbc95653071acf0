import type { Db } from "../db/client";
import { verifyPassword } from "./password";
import { SignInSchema } from "./schemas";

// Checks an e-mail and password; returns the user's id, or null for any failure, so that
// a caller cannot tell an unknown e-mail from a wrong password.
export async function authenticate(db: Db, input: unknown): Promise<{ userId: number; name: string; email: string } | null> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, name: true, email: true, passwordHash: true, isActive: true },
  });
  if (!user || !user.isActive) return null;
  if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { userId: user.id, name: user.name, email: user.email };
}
