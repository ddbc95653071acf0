import { describe, expect, it } from "vitest";
import { targetFromEnv } from "@/lib/db/adapter";
import { readEnv } from "@/lib/env";

describe("environment", () => {
  it("uses the embedded database by default", () => {
    const env = readEnv({});
    expect(targetFromEnv(env)).toEqual({ kind: "pglite", dataDir: ".data/pglite" });
    expect(env.PORT).toBe(3000);
  });

  it("uses PostgreSQL when DATABASE_URL is set, and ignores an empty one", () => {
    expect(targetFromEnv(readEnv({ DATABASE_URL: "postgresql://u@h:5432/db" }))).toEqual({
      kind: "postgresql",
      url: "postgresql://u@h:5432/db",
    });
    expect(targetFromEnv(readEnv({ DATABASE_URL: "" })).kind).toBe("pglite");
  });

  it("refuses a malformed DATABASE_URL with a clear message", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgresql:\/\/ URL/);
  });
});
