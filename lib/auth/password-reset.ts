import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import { FieldValidationError } from "../errors";
import type { ActionContext } from "./context";
import { hashPassword } from "./password";
import { hashLinkToken, issuePasswordLink } from "./password-links";
import { ForgotPasswordSchema, ResetPasswordSchema } from "./schemas";

// At most this many reset links per account per hour: the form cannot be used to flood a mailbox.
const MAX_LINKS_PER_HOUR = 3;

// "Forgot password": mails a one-time link to an active account. The answer is the same
// whether or not the address has an account, so the form reveals nothing about who is registered.
export async function requestPasswordReset(db: Db, ctx: ActionContext, input: z.input<typeof ForgotPasswordSchema>): Promise<void> {
  const { email } = ForgotPasswordSchema.parse(input);
  const now = ctx.now ?? new Date();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, isActive: true } });
    if (!user?.isActive) return;
    const recent = await tx.passwordResetToken.count({ where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - 3_600_000) } } });
    if (recent >= MAX_LINKS_PER_HOUR) return;
    await issuePasswordLink(tx, user, "reset", now);
    await recordAudit(tx, { userId: null, role: "ANONYMOUS", ip: ctx.ip, at: now }, { action: "password.resetRequested", entityType: "User", entityId: user.id });
  });
}

// Sets the password through a link from the e-mail. A link works once and only until it
// expires; using one voids the account's other open links.
export async function resetPassword(db: Db, ctx: ActionContext, input: z.input<typeof ResetPasswordSchema>): Promise<void> {
  const { token, password } = ResetPasswordSchema.parse(input);
  const now = ctx.now ?? new Date();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const link = await tx.passwordResetToken.findUnique({
      where: { tokenHash: hashLinkToken(token) },
      select: { id: true, userId: true, expiresAt: true, usedAt: true, user: { select: { isActive: true } } },
    });
    if (!link || link.usedAt || link.expiresAt <= now || !link.user.isActive) throw new FieldValidationError({ password: "account.errors.linkInvalid" });
    await tx.user.update({ where: { id: link.userId }, data: { passwordHash } });
    await tx.passwordResetToken.updateMany({ where: { userId: link.userId, usedAt: null }, data: { usedAt: now } });
    await recordAudit(tx, { userId: link.userId, role: "SELF", ip: ctx.ip, at: now }, { action: "password.reset", entityType: "User", entityId: link.userId });
  });
}

// Whether a link can still be used: the reset page says so before asking for a password.
export async function isPasswordLinkUsable(db: Db, token: string, now = new Date()): Promise<boolean> {
  const link = await db.passwordResetToken.findUnique({ where: { tokenHash: hashLinkToken(token) }, select: { expiresAt: true, usedAt: true } });
  return !!link && !link.usedAt && link.expiresAt > now;
}
