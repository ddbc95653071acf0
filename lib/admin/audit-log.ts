import "server-only";
import type { ActionContext } from "../auth/context";
import { sealedOfferIds } from "../bids/sealed-offers";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { requireAdmin } from "./require-admin";
import { AuditFiltersSchema, type AuditFilters } from "./schemas";
import { adminPlaceFilter } from "./scope";

export const AUDIT_PAGE_SIZE = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

// A calendar day in IST starts at 00:00 +05:30; "to" includes the whole of its day.
function istDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+05:30`);
}

// Newest first, a page at a time by keyset on (createdAt, id), so a log of millions of rows
// reads only the page it shows (indexes on createdAt and on stateId, createdAt). An admin
// reads the events of their area only; a national admin reads all.
export async function listAuditEvents(db: Db, ctx: ActionContext, filters: AuditFilters) {
  const { actor } = requireAdmin(ctx);
  const { from, to, action, entityType, actorEmail, entityId, cursor } = AuditFiltersSchema.parse(filters);
  // An offer on a bid not yet opened is not even counted: its events wait for the opening.
  const sealed = await sealedOfferIds(db);
  const conditions: Prisma.AuditEventWhereInput[] = [adminPlaceFilter(actor), { NOT: { entityType: "BidOffer", entityId: { in: sealed } } }];
  if (from || to) conditions.push({ createdAt: { ...(from ? { gte: istDayStart(from) } : {}), ...(to ? { lt: new Date(istDayStart(to).getTime() + DAY_MS) } : {}) } });
  if (action) conditions.push({ action });
  if (entityType) conditions.push({ entityType });
  if (entityId) conditions.push({ entityId });
  if (actorEmail) conditions.push({ actor: { email: actorEmail } });
  if (cursor) {
    const [ms, id] = cursor.split("_");
    const at = new Date(Number(ms));
    conditions.push({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: BigInt(id as string) } }] });
  }
  const rows = await db.auditEvent.findMany({
    where: { AND: conditions },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      actorRole: true,
      before: true,
      after: true,
      data: true,
      ip: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
    },
  });
  const events = rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({ ...row, id: row.id.toString() }));
  const last = events.at(-1);
  return { events, nextCursor: rows.length > AUDIT_PAGE_SIZE && last ? `${last.createdAt.getTime()}_${last.id}` : null };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];
