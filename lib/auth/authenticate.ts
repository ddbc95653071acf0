import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { Db } from "../db/client";
import { verifyPassword } from "./password";
import { SignInSchema } from "./schemas";
import { checkSignInGate, recordSignInAttempt } from "./sign-in-throttle";

export type AuthenticationResult =
  | { status: "ok"; userId: number; name: string; email: string }
  // The same answer for an unknown e-mail and a wrong password: a caller cannot tell them apart.
  | { status: "invalid" }
  | { status: "locked"; retryAt: Date };

export type AuthenticationContext = { ip: string; now?: Date; wait?: (ms: number) => Promise<unknown> };

export async function authenticate(db: Db, input: unknown, context: AuthenticationContext): Promise<AuthenticationResult> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid" };
  const { email, password } = parsed.data;
  const now = context.now ?? new Date();

  const gate = await checkSignInGate(db, email, context.ip, now);
  if (!gate.allowed) return { status: "locked", retryAt: gate.retryAt };
  await (context.wait ?? sleep)(gate.delayMs);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, isActive: true },
  });
  const isValid = !!user && user.isActive && (await verifyPassword(user.passwordHash, password));
  await recordSignInAttempt(db, email, context.ip, isValid, now);
  if (!user || !isValid) return { status: "invalid" };
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { status: "ok", userId: user.id, name: user.name, email: user.email };
}
