import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The command-line scripts (jobs, seed, benches) run under tsx with the react-server
// condition, as the app's server code does; a module that pulls in React's client build
// (e.g. next-intl's root entry) breaks them while every test passes. Load their graphs there.
describe("the scripts' modules load under the react-server condition", () => {
  it("loads the jobs, the seed and order placing", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const code = "await import('./lib/jobs/run-jobs.ts'); await import('./prisma/seed/seed-database.ts'); await import('./lib/orders/place-orders.ts'); console.log('loaded');";
    const output = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "--input-type=module", "-e", code], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(output.trim()).toBe("loaded");
  }, 60_000);
});
