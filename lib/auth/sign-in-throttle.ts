import "server-only";
import type { Db } from "../db/client";

// Repeated failed sign-ins are first slowed, then refused for a while, per account (the
// e-mail typed, known or not, so probing reveals nothing) and per IP address (one address
// trying many accounts). Failures count within a sliding window; a success clears the
// account's count.
export const SIGN_IN_POLICY = {
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
  accountFailures: 5,
  ipFailures: 20,
  delayPerFailureMs: 250,
  maxDelayMs: 2000,
} as const;

export type SignInGate = { allowed: true; delayMs: number } | { allowed: false; retryAt: Date };

type Attempt = { key: "email" | "ip"; value: string; limit: number };

export async function checkSignInGate(db: Db, email: string, ip: string, now = new Date()): Promise<SignInGate> {
  const attempts: Attempt[] = [
    { key: "email", value: email, limit: SIGN_IN_POLICY.accountFailures },
    { key: "ip", value: ip, limit: SIGN_IN_POLICY.ipFailures },
  ];
  let accountFailures = 0;
  for (const { key, value, limit } of attempts) {
    const failures = await recentFailures(db, key, value, now);
    if (key === "email") accountFailures = failures.length;
    const nth = failures[limit - 1];
    if (nth) {
      // Locked from the limit-th failure for lockMs; later failures do not extend the lock.
      const retryAt = new Date(nth.createdAt.getTime() + SIGN_IN_POLICY.lockMs);
      if (retryAt > now) return { allowed: false, retryAt };
    }
  }
  return { allowed: true, delayMs: Math.min(accountFailures * SIGN_IN_POLICY.delayPerFailureMs, SIGN_IN_POLICY.maxDelayMs) };
}

// Failures since the account's last success, within the window, oldest first.
async function recentFailures(db: Db, key: "email" | "ip", value: string, now: Date) {
  const since = new Date(now.getTime() - SIGN_IN_POLICY.windowMs);
  const lastSuccess =
    key === "email"
      ? await db.loginAttempt.findFirst({
          where: { email: value, succeeded: true, createdAt: { gte: since } },
          orderBy: { createdAt: "desc" },
          select: { createdAt: true },
        })
      : null;
  return db.loginAttempt.findMany({
    where: { [key]: value, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? since, lte: now } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
}

export async function recordSignInAttempt(db: Db, email: string, ip: string, succeeded: boolean, now = new Date()) {
  await db.loginAttempt.create({ data: { email, ip, succeeded, createdAt: now } });
}
