import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Sessions are signed with NEXTAUTH_SECRET. A newcomer has none, so the first start
// makes one and keeps it under .data/, where it survives restarts (sessions stay valid).
export function ensureAuthSecret(env: { NEXTAUTH_SECRET?: string }): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.join(".data", "nextauth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
