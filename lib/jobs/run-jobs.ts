import "server-only";
import type { Db } from "../db/client";
import { sendDailyDigests } from "../alerts/daily-digest";
import { settleDueBids } from "../bids/bid-clock";
import { sendOutbox } from "../email/send-outbox";
import { runOrderDeadlines, type DeadlineResult } from "../orders/order-deadlines";

export type JobsResult = DeadlineResult & { bidsSettled: number; digests: number; emailsSent: number; emailsFailed: number };

// The background work, in order: the order deadlines (auto-cancel, deemed acceptance,
// overdue payments), the bids' clocks (extensions, openings, auction ends), the daily digests (due after 08:00 IST; a no-op until then and once
// sent), then the outbox through SMTP when configured. Safe to run at any time, as often as
// wanted, from the server's timer or from cron; now is injectable so tests can move time.
export async function runJobs(db: Db, now: Date = new Date()): Promise<JobsResult> {
  const deadlines = await runOrderDeadlines(db, now);
  const bidsSettled = await settleDueBids(db, now);
  const digests = await sendDailyDigests(db, now);
  const { sent, failed } = await sendOutbox(db);
  return { ...deadlines, bidsSettled, digests, emailsSent: sent, emailsFailed: failed };
}
