import fs from "node:fs";
import { env } from "./env";

// The time the app acts at. Only when KRAYA_TEST_CLOCK names a file (end-to-end tests) does
// the clock run ahead by the milliseconds that file holds, so a test can pass a bid's
// deadlines without waiting days; a deployment never sets it.
export function currentTime(): Date {
  const file = env.KRAYA_TEST_CLOCK;
  if (!file) return new Date();
  const offset = fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8").trim() || 0) : 0;
  return new Date(Date.now() + (Number.isFinite(offset) ? offset : 0));
}
