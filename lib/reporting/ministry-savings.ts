import "server-only";
import type { Db } from "../db/client";
import { readFigureRows, type Area, type Figures } from "./read-figures";
import { IST_OFFSET_MS } from "../i18n/ist-dates";

// Seed 000's table: what each ministry saved in a month against MRP (and market prices).
export type MinistrySavingsRow = { ministryId: number; name: string; nameHi: string; figures: Figures };


// The IST month "2026-10" as the instants it starts and ends.
export function monthBounds(month: string): { from: Date; to: Date } {
  const [year, index] = month.split("-").map(Number) as [number, number];
  return { from: new Date(Date.UTC(year, index - 1, 1) - IST_OFFSET_MS), to: new Date(Date.UTC(year, index, 1) - IST_OFFSET_MS) };
}

// The last whole month before `now`, in IST.
export function lastWholeMonth(now: Date): string {
  const ist = new Date(now.getTime() + IST_OFFSET_MS);
  const previous = new Date(Date.UTC(ist.getUTCFullYear(), ist.getUTCMonth() - 1, 1));
  return previous.toISOString().slice(0, 7);
}

export async function listMinistrySavings(db: Db, area: Area, month: string): Promise<MinistrySavingsRow[]> {
  const rows = await readFigureRows(db, { area, ...monthBounds(month), narrow: {} }, "ministry");
  const ministries = await db.ministry.findMany({ where: { id: { in: rows.map((row) => Number(row.key)) } }, select: { id: true, name: true, nameHi: true } });
  const byId = new Map(ministries.map((ministry) => [ministry.id, ministry]));
  return rows
    .filter((row) => byId.has(Number(row.key)) && row.figures.orders !== 0n)
    .map((row) => ({ ministryId: Number(row.key), name: byId.get(Number(row.key))!.name, nameHi: byId.get(Number(row.key))!.nameHi, figures: row.figures }))
    .sort((x, y) => {
      const saved = (row: MinistrySavingsRow) => row.figures.mrpPaise - row.figures.pricePaise;
      return saved(y) > saved(x) ? 1 : saved(y) < saved(x) ? -1 : x.name.localeCompare(y.name);
    });
}
