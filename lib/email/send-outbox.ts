import "server-only";
import nodemailer from "nodemailer";
import type { Db } from "../db/client";
import { env } from "../env";

// How many messages one run sends; the scheduler comes back for the rest.
const BATCH = 100;

export type SmtpSettings = { url: string; from: string };

export function smtpSettingsFromEnv(): SmtpSettings | null {
  return env.SMTP_URL ? { url: env.SMTP_URL, from: env.SMTP_FROM } : null;
}

// Sends unsent outbox rows through the SMTP server, oldest first. Each row is claimed first
// (sentAt set by a conditional update, so two runs at once never send one message twice),
// then sent; a failed send gives the claim back and ends the run. The database is not held
// while the mail server answers: PGlite has one connection for the whole app.
export async function sendOutbox(db: Db, smtp: SmtpSettings | null = smtpSettingsFromEnv(), now: () => Date = () => new Date()): Promise<{ sent: number; failed: number }> {
  if (!smtp) return { sent: 0, failed: 0 };
  const transport = nodemailer.createTransport(smtp.url);
  const pending = await db.emailOutbox.findMany({ where: { sentAt: null }, orderBy: { id: "asc" }, take: BATCH, select: { id: true } });
  let sent = 0;
  let failed = 0;
  try {
    for (const { id } of pending) {
      const [message] = await db.emailOutbox.updateManyAndReturn({ where: { id, sentAt: null }, data: { sentAt: now() }, select: { toEmail: true, subject: true, body: true } });
      if (!message) continue;
      try {
        await transport.sendMail({ from: smtp.from, to: message.toEmail, subject: message.subject, text: message.body });
        sent += 1;
      } catch (error) {
        failed += 1;
        await db.emailOutbox.update({ where: { id }, data: { sentAt: null } });
        console.error(`[outbox] message ${id} not sent:`, error instanceof Error ? error.message : error);
        // The server is likely down or refusing us: try again on the next run, not 99 more times now.
        break;
      }
    }
  } finally {
    transport.close();
  }
  return { sent, failed };
}
