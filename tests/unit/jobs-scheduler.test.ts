import { describe, expect, it } from "vitest";
import { jobsEnabled } from "@/lib/jobs/scheduler";

describe("the background jobs' timer", () => {
  it("runs in a server by default, never during next build, and not in tests unless asked", () => {
    expect(jobsEnabled({ NODE_ENV: "production" }, undefined)).toBe(true);
    expect(jobsEnabled({ NODE_ENV: "development" }, "phase-development-server")).toBe(true);
    expect(jobsEnabled({ NODE_ENV: "production" }, "phase-production-build")).toBe(false);
    expect(jobsEnabled({ NODE_ENV: "production", KRAYA_JOBS: "off" }, undefined)).toBe(false);
    expect(jobsEnabled({ NODE_ENV: "test" }, undefined)).toBe(false);
    expect(jobsEnabled({ NODE_ENV: "test", KRAYA_JOBS: "on" }, undefined)).toBe(true);
  });
});
