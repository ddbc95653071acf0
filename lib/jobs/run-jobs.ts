import "server-only";
import type { Db } from "../db/client";
import { sendDailyDigests } from "../alerts/daily-digest";
import { sendOutbox } from "../email/send-outbox";

// The background work, in order: the daily digests (due after 08:00 IST; a no-op until then
// and once sent), then the outbox through SMTP when configured. Safe to run at any time, as
// often as wanted, from the server's timer or from cron.
export async function runJobs(db: Db, now: Date = new Date()): Promise<{ digests: number; emailsSent: number; emailsFailed: number }> {
  const digests = await sendDailyDigests(db, now);
  const { sent, failed } = await sendOutbox(db);
  return { digests, emailsSent: sent, emailsFailed: failed };
}
