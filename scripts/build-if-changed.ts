import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Rebuild only when what goes into the build changed: a second `npm start` starts at once.
const INPUTS = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const STAMP = path.join(".next", "kraya-sources.sha256");

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry, { withFileTypes: true })
    .filter((child) => child.name !== "generated")
    .flatMap((child) => listFiles(path.join(entry, child.name)));
}

function sourcesDigest(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(listFiles).sort()) {
    hash.update(file).update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

export function buildIfSourcesChanged(): void {
  const digest = sourcesDigest();
  const built = fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === digest;
  if (built) return;
  console.log("Building the app (first start or changed sources)...");
  const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(STAMP, digest);
}
