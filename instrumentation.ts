// Next.js calls register() once when a server starts. The background jobs (daily digests,
// the e-mail outbox) run on a timer in the Node.js server only: not in the edge runtime, not
// during `next build` (lib/jobs/scheduler.ts checks), and not when KRAYA_JOBS=off.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startScheduler } = await import("./lib/jobs/scheduler");
  startScheduler();
}
