import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, requireRole, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { ForbiddenError, NotFoundError } from "../errors";

// Keys for registries that push records to Kraya (NRLM bulk onboarding). A key reads
// "kraya_<prefix>_<secret>"; it is shown once, when issued. Only its SHA-256 is kept: the
// secret is 32 random bytes, so a fast hash is enough (no password to guess).
const KEY_PATTERN = /^kraya_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

export const IssueApiKeySchema = z.object({
  name: z.string({ error: "apiKeys.errors.name" }).trim().min(3, { error: "apiKeys.errors.name" }).max(80, { error: "forms.errors.tooLong" }),
});

function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

// Only a national admin manages API keys.
function requireNationalAdmin(ctx: ActionContext) {
  const { actor, role } = requireRole(ctx, "ADMIN");
  if (actor.adminScope?.level !== "NATIONAL") throw new ForbiddenError("Only a national admin manages API keys");
  return { actor, role };
}

export async function issueApiKey(db: Db, ctx: ActionContext, input: z.input<typeof IssueApiKeySchema>) {
  const { actor, role } = requireNationalAdmin(ctx);
  const { name } = IssueApiKeySchema.parse(input);
  const prefix = randomBytes(6).toString("hex").slice(0, 8);
  const key = `kraya_${prefix}_${randomBytes(32).toString("base64url")}`;
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { name, prefix, keyHash: hashKey(key), createdById: actor.userId, createdAt: nowOf(ctx) },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await recordAudit(tx, auditActorOf(ctx, role), { action: "apiKey.issued", entityType: "ApiKey", entityId: row.id, after: row });
    return row;
  });
  return { ...created, key };
}

export async function revokeApiKey(db: Db, ctx: ActionContext, apiKeyId: number) {
  const { role } = requireNationalAdmin(ctx);
  await db.$transaction(async (tx) => {
    const before = await tx.apiKey.findUnique({ where: { id: apiKeyId }, select: { id: true, name: true, prefix: true, revokedAt: true } });
    if (!before) throw new NotFoundError("API key");
    if (before.revokedAt) return;
    const after = await tx.apiKey.update({
      where: { id: apiKeyId },
      data: { revokedAt: nowOf(ctx) },
      select: { id: true, name: true, prefix: true, revokedAt: true },
    });
    await recordAudit(tx, auditActorOf(ctx, role), { action: "apiKey.revoked", entityType: "ApiKey", entityId: apiKeyId, before, after });
  });
}

export async function listApiKeys(db: Db, ctx: ActionContext) {
  requireNationalAdmin(ctx);
  return db.apiKey.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdBy: { select: { name: true } } },
  });
}

export type AuthenticatedApiKey = { id: number; name: string; prefix: string };

// The key behind an Authorization: Bearer header, or null if it is malformed, unknown or revoked.
export async function authenticateApiKey(db: Db, authorization: string | null, now = new Date()): Promise<AuthenticatedApiKey | null> {
  const key = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const prefix = key?.match(KEY_PATTERN)?.[1];
  if (!key || !prefix) return null;
  const row = await db.apiKey.findUnique({ where: { prefix }, select: { id: true, name: true, prefix: true, keyHash: true, revokedAt: true } });
  if (!row || row.revokedAt) return null;
  const expected = Buffer.from(row.keyHash, "hex");
  const actual = Buffer.from(hashKey(key), "hex");
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { id: row.id, name: row.name, prefix: row.prefix };
}
