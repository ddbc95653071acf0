import "server-only";
import { getDatabase } from "../db/client";
import { env } from "../env";
import { runJobs } from "./run-jobs";

const EVERY_MS = 15 * 60 * 1000;
const FIRST_RUN_MS = 60 * 1000;

// Started once per server process by instrumentation.ts. PGlite lets only this process open
// the database, so the server runs the jobs itself; with PostgreSQL a cron may run
// `npm run jobs` instead (set KRAYA_JOBS=off). Never in tests or `next build`.
export function jobsEnabled(source: { NODE_ENV: string; KRAYA_JOBS?: "on" | "off" } = env, phase = process.env.NEXT_PHASE): boolean {
  if (phase === "phase-production-build") return false;
  return (source.KRAYA_JOBS ?? (source.NODE_ENV === "test" ? "off" : "on")) === "on";
}

const holder = globalThis as unknown as { krayaJobs?: NodeJS.Timeout };

export function startScheduler(): void {
  if (holder.krayaJobs || !jobsEnabled()) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await runJobs(getDatabase().db);
      if (Object.values(result).some((count) => count > 0)) console.info("[jobs]", result);
    } catch (error) {
      console.error("[jobs] failed:", error);
    } finally {
      running = false;
    }
  };
  setTimeout(tick, FIRST_RUN_MS).unref();
  holder.krayaJobs = setInterval(tick, EVERY_MS);
  holder.krayaJobs.unref();
}
