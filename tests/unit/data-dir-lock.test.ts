import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, removePgliteDataDir } from "@/lib/db/data-dir-lock";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kraya-lock-"));
const dataDir = path.join(scratch, "pglite");
const lockFile = path.join(scratch, "pglite.lock");

afterEach(() => fs.rmSync(lockFile, { force: true }));

describe("the embedded database's lock", () => {
  it("refuses a second process, naming it, and leaves its files alone", () => {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, "PG_VERSION"), "17");
    // Another live process (our parent) holds the lock.
    fs.writeFileSync(lockFile, String(process.ppid));
    expect(() => removePgliteDataDir(dataDir)).toThrow(new RegExp(`in use by process ${process.ppid}`));
    expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
  });

  it("takes over the lock of a process that has died", () => {
    fs.writeFileSync(lockFile, "999999999");
    const release = acquireDataDirLock(dataDir);
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("removes the data once the lock is ours", () => {
    removePgliteDataDir(dataDir);
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
