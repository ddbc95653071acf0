import type { JsonValue } from "./bulk-insert";
import type { SeedContext } from "./seed-context";

// The audit log is append-only (a trigger refuses UPDATE, DELETE and TRUNCATE): the seed
// only ever inserts, one row per decision an official took on a seller, buyer or listing.

export type AuditEntry = {
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId: number;
  data?: { [key: string]: JsonValue };
  atMs: number;
};

export function addAuditEvent(ctx: SeedContext, entry: AuditEntry): void {
  ctx.tables.auditEvent.push({
    id: ctx.tables.auditEvent.nextId(),
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    data: entry.data ?? {},
    createdAt: entry.atMs,
  });
}
