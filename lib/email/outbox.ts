import type { Tx } from "../db/client";
import { env } from "../env";

export type OutgoingEmail = { to: string; kind: string; subject: string; body: string };

// Queues a message in the EmailOutbox table, in the caller's transaction. In
// development the server log prints it too, so a developer offline can follow the links.
export async function queueEmail(tx: Tx, email: OutgoingEmail): Promise<void> {
  await tx.emailOutbox.create({ data: { toEmail: email.to, kind: email.kind, subject: email.subject, body: email.body } });
  if (env.NODE_ENV === "development") console.info(`[outbox] to ${email.to}: ${email.subject}\n${email.body}\n`);
}
