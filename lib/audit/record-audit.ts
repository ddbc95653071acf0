import type { ActionContext } from "../auth/context";
import type { Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";

// Who acted: a signed-in user in one of their roles, or an external system through an API key;
// at: the use case's clock when it was given one (else the database's).
export type AuditActor = { userId: number | null; role: string; ip: string | null; apiKeyId?: number; at?: Date };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: number | string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  data?: Record<string, unknown>;
  organisationId?: number | null;
  sellerId?: number | null;
  place?: { stateId: number | null; districtId?: number | null; blockId?: number | null };
};

export function auditActorOf(ctx: ActionContext, role: string): AuditActor {
  return { userId: ctx.actor?.userId ?? null, role, ip: ctx.ip, at: ctx.now };
}

// Every state-changing use case calls this inside its own transaction, so a change and its
// record are written together or not at all. The table refuses updates and deletes.
export async function recordAudit(tx: Tx, by: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(by, entry) });
}

// Many events in one statement, for use cases that write in bulk (registry onboarding).
export async function recordAudits(tx: Tx, by: AuditActor, entries: AuditEntry[]): Promise<void> {
  if (entries.length > 0) await tx.auditEvent.createMany({ data: entries.map((entry) => auditRow(by, entry)) });
}

function auditRow(by: AuditActor, entry: AuditEntry) {
  return {
    actorUserId: by.userId,
    actorRole: by.role,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    before: toAuditJson(entry.before),
    after: toAuditJson(entry.after),
    data: toAuditJson({ ...entry.data, ...(by.apiKeyId ? { apiKeyId: by.apiKeyId } : {}) }) ?? {},
    ip: by.ip,
    organisationId: entry.organisationId ?? null,
    sellerId: entry.sellerId ?? null,
    stateId: entry.place?.stateId ?? null,
    districtId: entry.place?.districtId ?? null,
    blockId: entry.place?.blockId ?? null,
    createdAt: by.at,
  };
}

const SECRET_FIELDS = new Set(["passwordHash", "keyHash", "tokenHash", "bankAccountNumber"]);

// Dates as ISO text, BigInt paise as strings, secrets left out (bank account numbers masked).
function toAuditJson(value: Record<string, unknown> | null | undefined): Prisma.InputJsonObject | undefined {
  if (!value) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, field: unknown) => {
      if (key === "bankAccountNumber" && typeof field === "string") return `••••${field.slice(-4)}`;
      if (SECRET_FIELDS.has(key)) return undefined;
      if (typeof field === "bigint") return field.toString();
      return field;
    }),
  ) as Prisma.InputJsonObject;
}
