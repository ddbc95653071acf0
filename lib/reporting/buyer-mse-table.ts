import "server-only";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { ForbiddenError } from "../errors";
import { MSE_TARGET_BPS, shareBps } from "./definitions";

// MSE procurement of each buyer organisation in a financial year against the policy's 25 %
// target, the furthest behind first (BuyerMseYear, kept with the orders). An admin sees the
// organisations of their area: a state's organisations (central ones only nationally), a
// district's or a block's by their offices there.

export type BuyerMseRow = { organisationId: number; name: string; orders: number; gmvPaise: bigint; mseGmvPaise: bigint; mseShareBps: number };
export type BuyerMseTable = { rows: BuyerMseRow[]; total: number; belowTarget: number };

export const BUYER_MSE_PAGE_SIZE = 50;

function areaSql(actor: Actor): Prisma.Sql {
  const scope = actor.adminScope;
  if (!scope || !actor.roles.includes("ADMIN")) throw new ForbiddenError("Reports are for admins with a scope");
  switch (scope.level) {
    case "NATIONAL":
      return Prisma.sql`TRUE`;
    case "STATE":
      return Prisma.sql`org."stateId" = ${scope.stateId ?? -1}`;
    case "DISTRICT":
      return Prisma.sql`EXISTS (SELECT 1 FROM "Office" f WHERE f."organisationId" = org.id AND f."districtId" = ${scope.districtId ?? -1})`;
    case "BLOCK":
      return Prisma.sql`EXISTS (SELECT 1 FROM "Office" f WHERE f."organisationId" = org.id AND f."blockId" = ${scope.blockId ?? -1})`;
  }
}

export async function listBuyerMseShares(db: Db, actor: Actor, startYear: number, { page = 1, pageSize = BUYER_MSE_PAGE_SIZE } = {}): Promise<BuyerMseTable> {
  const area = areaSql(actor);
  const offset = (Math.max(1, page) - 1) * pageSize;
  // Shares compare as exact fractions (mse * 10,000 against target * gmv), not rounded ones.
  const [rows, [counts]] = await Promise.all([
    db.$queryRaw<{ organisationId: number; name: string; orders: number; gmvPaise: bigint; mseGmvPaise: bigint }[]>`
      SELECT y."organisationId", org.name, y.orders, y."gmvPaise", y."mseGmvPaise"
      FROM "BuyerMseYear" y JOIN "BuyerOrganisation" org ON org.id = y."organisationId"
      WHERE y."financialYear" = ${startYear} AND y."gmvPaise" > 0 AND ${area}
      ORDER BY y."mseGmvPaise"::numeric / y."gmvPaise", y."gmvPaise" DESC, y."organisationId"
      LIMIT ${pageSize} OFFSET ${offset}`,
    db.$queryRaw<{ total: number; belowTarget: number }[]>`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE y."mseGmvPaise" * 10000 < ${MSE_TARGET_BPS.mse} * y."gmvPaise")::int AS "belowTarget"
      FROM "BuyerMseYear" y JOIN "BuyerOrganisation" org ON org.id = y."organisationId"
      WHERE y."financialYear" = ${startYear} AND y."gmvPaise" > 0 AND ${area}`,
  ]);
  return {
    rows: rows.map((row) => ({ ...row, mseShareBps: shareBps(row.mseGmvPaise, row.gmvPaise) ?? 0 })),
    total: counts?.total ?? 0,
    belowTarget: counts?.belowTarget ?? 0,
  };
}
