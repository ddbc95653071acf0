import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "../db/client";
import { publicBaseUrl } from "../env";
import { queueEmail } from "../email/outbox";

// One-time links to choose a password: "reset" after "forgot password" (valid one hour),
// "setup" for an account someone else created (a secondary user, an admin, an assisted
// seller; valid seven days). Only the link's hash is stored.
const VALIDITY_MS = { reset: 60 * 60 * 1000, setup: 7 * 24 * 60 * 60 * 1000 } as const;

export type PasswordLinkPurpose = keyof typeof VALIDITY_MS;

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function issuePasswordLink(
  tx: Tx,
  user: { id: number; email: string; name: string },
  purpose: PasswordLinkPurpose,
  now: Date = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.passwordResetToken.create({
    data: { userId: user.id, tokenHash: hashLinkToken(token), expiresAt: new Date(now.getTime() + VALIDITY_MS[purpose]) },
  });
  const url = `${publicBaseUrl()}/reset-password?token=${token}`;
  const hours = VALIDITY_MS[purpose] / 3_600_000;
  await queueEmail(tx, {
    to: user.email,
    kind: `password.${purpose}`,
    subject: purpose === "reset" ? "Kraya: reset your password / पासवर्ड बदलें" : "Kraya: your account is ready / आपका खाता तैयार है",
    body: [
      `Dear ${user.name},`,
      purpose === "reset"
        ? "Someone asked to reset the password of your Kraya account. If it was you, open this link to choose a new one:"
        : "A Kraya account has been created for you. Open this link to choose your password:",
      url,
      `The link works once, for ${hours} hours. If you did not expect this message, ignore it.`,
      "",
      purpose === "reset" ? "अपने क्रय खाते का नया पासवर्ड चुनने के लिए ऊपर दिया लिंक खोलें।" : "आपके लिए क्रय खाता बनाया गया है। पासवर्ड चुनने के लिए ऊपर दिया लिंक खोलें।",
    ].join("\n"),
  });
  return url;
}
