import "server-only";
import type { Db, Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { NON_GMV_STATUSES } from "../reporting/definitions";

// What an event led to, each step a subset of the one before: people registered, who came,
// who was onboarded as a seller there, how many of those sellers have had a listing approved
// (listed), and how many have received an order that counts in GMV (sold), with that GMV.
export type EventFunnel = { registered: number; attended: number; onboarded: number; listed: number; sold: number; gmvPaise: bigint };

export const EMPTY_FUNNEL: EventFunnel = { registered: 0, attended: 0, onboarded: 0, listed: 0, sold: 0, gmvPaise: 0n };

type FunnelRow = { eventId: number; registered: bigint; attended: bigint; onboarded: bigint; listed: bigint; sold: bigint; gmvPaise: bigint | null };

export async function eventFunnels(db: Db | Tx, eventIds: number[]): Promise<Map<number, EventFunnel>> {
  if (eventIds.length === 0) return new Map();
  const excluded = Prisma.join(NON_GMV_STATUSES.map((status) => Prisma.sql`${status}::"OrderStatus"`));
  const rows = await db.$queryRaw<FunnelRow[]>`
    WITH sellers AS (
      SELECT r."eventId", r."sellerId",
        EXISTS (SELECT 1 FROM "Listing" l WHERE l."sellerId" = r."sellerId" AND (l."approvedAt" IS NOT NULL OR l.status IN ('APPROVED', 'PAUSED'))) AS listed,
        (SELECT sum(o."totalPaise") FROM "Order" o WHERE o."sellerId" = r."sellerId" AND o.status NOT IN (${excluded})) AS gmv
      FROM "OutreachRegistration" r
      WHERE r."eventId" IN (${Prisma.join(eventIds)}) AND r."sellerId" IS NOT NULL
    )
    SELECT r."eventId",
      count(*) AS registered,
      count(r."attendedAt") AS attended,
      count(r."sellerId") AS onboarded,
      (SELECT count(*) FROM sellers s WHERE s."eventId" = r."eventId" AND s.listed) AS listed,
      (SELECT count(*) FROM sellers s WHERE s."eventId" = r."eventId" AND s.gmv IS NOT NULL) AS sold,
      (SELECT sum(s.gmv) FROM sellers s WHERE s."eventId" = r."eventId")::bigint AS "gmvPaise"
    FROM "OutreachRegistration" r
    WHERE r."eventId" IN (${Prisma.join(eventIds)})
    GROUP BY r."eventId"`;
  return new Map(
    rows.map((row) => [
      row.eventId,
      { registered: Number(row.registered), attended: Number(row.attended), onboarded: Number(row.onboarded), listed: Number(row.listed), sold: Number(row.sold), gmvPaise: row.gmvPaise ?? 0n },
    ]),
  );
}
