import type { JsonValue } from "./bulk-insert";
import type { SeedContext } from "./seed-context";

// The audit log is append-only (a trigger refuses UPDATE, DELETE and TRUNCATE): the seed
// only ever inserts, one row per decision an official took on a seller, buyer or listing.
// Every seeded decision was an admin's.

export type AuditEntry = {
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId: number;
  data?: { [key: string]: JsonValue };
  after?: { [key: string]: JsonValue };
  // Whose record it is and where it sits: the buyer's activity page and scoped admins read by these.
  organisationId?: number | null;
  sellerId?: number | null;
  place?: { stateId: number | null; districtId?: number | null; blockId?: number | null };
  atMs: number;
};

export function addAuditEvent(ctx: SeedContext, entry: AuditEntry): void {
  ctx.tables.auditEvent.push({
    id: ctx.tables.auditEvent.nextId(),
    actorUserId: entry.actorUserId,
    actorRole: entry.actorUserId === null ? null : "ADMIN",
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    data: entry.data ?? {},
    after: entry.after ?? null,
    organisationId: entry.organisationId ?? null,
    sellerId: entry.sellerId ?? null,
    stateId: entry.place?.stateId ?? null,
    districtId: entry.place?.districtId ?? null,
    blockId: entry.place?.blockId ?? null,
    createdAt: entry.atMs,
  });
}
