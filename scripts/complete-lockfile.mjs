// The registry this project installs from serves only the Linux builds of packages with
// per-platform binaries (@next/swc-*, @swc/core-*, @tailwindcss/oxide-*, ...), so
// `npm install` leaves the other platforms out of package-lock.json and `npm ci` then
// refuses the lock as out of sync. This adds those optional entries back (version only;
// npm skips them on a platform they are not for). Run after every `npm install`:
//   npm install <pkg> && node scripts/complete-lockfile.mjs
import fs from "node:fs";
const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const pkgs = lock.packages;
let added = 0;
for (const [key, entry] of Object.entries(pkgs)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = key === "" ? "" : key + "/";
    const candidates = [`${base}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((c) => pkgs[c])) continue;
    pkgs[`node_modules/${name}`] = { version, optional: true, ...(entry.dev ? { dev: true } : {}) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
fs.writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log(`complete-lockfile: added ${added} optional platform entr${added === 1 ? "y" : "ies"}`);
