import fs from "node:fs";

// Moves the app's clock (lib/clock.ts) ahead by writing the offset to the file the server was
// started with (playwright.config.ts), so a test passes a bid's deadlines without waiting.
const FILE = `.data/e2e-${process.env.E2E_PORT ?? 3100}.clock`;

let offsetMs = 0;

export function moveClock(byMs: number): void {
  offsetMs += byMs;
  fs.writeFileSync(FILE, String(offsetMs));
}

export function resetClock(): void {
  offsetMs = 0;
  fs.writeFileSync(FILE, "0");
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
