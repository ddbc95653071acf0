import "server-only";
import type { Db } from "../db/client";
import { getHeadlineCounters, type HeadlineCounters } from "./get-headline-counters";

// The public home page shows national figures to every visitor. At the seeds' scale
// (31 lakh orders) computing them takes about 1.6 s on PostgreSQL (bench/run.ts), so one
// computation serves all visitors for a minute, and the page says when it was taken.
const MAX_AGE_MS = 60_000;

export type DatedCounters = { counters: HeadlineCounters; asOf: Date };

let latest: { value: Promise<DatedCounters>; takenAt: number } | undefined;

export function getPublicHeadlineCounters(db: Db, now = Date.now()): Promise<DatedCounters> {
  if (!latest || now - latest.takenAt >= MAX_AGE_MS) {
    const value = getHeadlineCounters(db).then((counters) => ({ counters, asOf: new Date(now) }));
    latest = { value, takenAt: now };
    // A failed read is not kept: the next visitor tries again.
    value.catch(() => {
      if (latest?.value === value) latest = undefined;
    });
  }
  return latest.value;
}
