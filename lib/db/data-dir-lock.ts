import fs from "node:fs";
import path from "node:path";

// PGlite is single-process: two processes on one data directory corrupt it.
// A lock file with the owner's pid turns that into a clear error instead.
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.lock`);
  const holder = readHolder(lockPath);
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${holder}. ` +
        "PGlite serves one process at a time: stop that process (e.g. the running server) first.",
    );
  }
  fs.writeFileSync(lockPath, String(process.pid));
  const release = () => {
    if (readHolder(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.once("exit", release);
  return release;
}

// Deleting the files of a database another process has open would lose its data while it
// keeps answering from memory: take the lock first, so a running server makes this fail.
export function removePgliteDataDir(dataDir: string): void {
  const release = acquireDataDirLock(dataDir);
  fs.rmSync(dataDir, { recursive: true, force: true });
  release();
}

function readHolder(lockPath: string): number | undefined {
  try {
    return Number(fs.readFileSync(lockPath, "utf8")) || undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
