import "server-only";
import { requireAdmin } from "../admin/require-admin";
import { adminCovers } from "../admin/scope";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import type { AdminScope } from "../db/generated/enums";
import { ForbiddenError, NotFoundError } from "../errors";

// The place an inclusion dashboard covers, bounded by the admin's own area.

export type PlaceAsked = { stateId?: number; districtId?: number; blockId?: number };

// Blocks carry no Hindi name (their names are written as the state spells them).
export type PlaceName = { id: number; name: string; nameHi: string | null };

export type InclusionPlace = { level: AdminScope; state: PlaceName | null; district: PlaceName | null; block: PlaceName | null };

const LEVEL_RANK: Record<AdminScope, number> = { NATIONAL: 0, STATE: 1, DISTRICT: 2, BLOCK: 3 };

const names = { id: true, name: true, nameHi: true } as const;

// The narrowest place asked for, with the places above it. A link whose places do not nest
// (a district of another state) names no place at all.
async function loadPlace(db: Db, asked: PlaceAsked): Promise<InclusionPlace | null> {
  const nests = (id: number | undefined, actual: number) => id === undefined || id === actual;
  if (asked.blockId !== undefined) {
    const block = await db.block.findUnique({
      where: { id: asked.blockId },
      select: { id: true, name: true, district: { select: { ...names, state: { select: names } } } },
    });
    if (!block || !nests(asked.districtId, block.district.id) || !nests(asked.stateId, block.district.state.id)) return null;
    const { state, ...district } = block.district;
    return { level: "BLOCK", state, district, block: { id: block.id, name: block.name, nameHi: null } };
  }
  if (asked.districtId !== undefined) {
    const found = await db.district.findUnique({ where: { id: asked.districtId }, select: { ...names, state: { select: names } } });
    if (!found || !nests(asked.stateId, found.state.id)) return null;
    const { state, ...district } = found;
    return { level: "DISTRICT", state, district, block: null };
  }
  if (asked.stateId !== undefined) {
    const state = await db.state.findUnique({ where: { id: asked.stateId }, select: names });
    return state && { level: "STATE", state, district: null, block: null };
  }
  return { level: "NATIONAL", state: null, district: null, block: null };
}

// Without a place the admin sees their own area. A wider area than theirs (a district admin
// asking for the state) is forbidden; another area at their level or below is not found,
// as for any record outside an admin's area.
export async function resolveInclusionPlace(db: Db, actor: Actor, asked: PlaceAsked): Promise<InclusionPlace> {
  const { scope } = requireAdmin({ actor, ip: null });
  const isAsked = asked.stateId !== undefined || asked.districtId !== undefined || asked.blockId !== undefined;
  const own = { stateId: scope.stateId ?? undefined, districtId: scope.districtId ?? undefined, blockId: scope.blockId ?? undefined };
  const place = await loadPlace(db, isAsked ? asked : own);
  if (!place) throw new NotFoundError("Place");
  if (LEVEL_RANK[place.level] < LEVEL_RANK[scope.level]) throw new ForbiddenError("A wider area than the admin's own");
  const covered = adminCovers(actor, { stateId: place.state?.id ?? null, districtId: place.district?.id ?? null, blockId: place.block?.id ?? null });
  if (!covered) throw new NotFoundError("Place");
  return place;
}

// Whether the admin may open a dashboard at this level: theirs and the ones below it.
export function mayOpenLevel(actor: Actor, level: AdminScope): boolean {
  const scope = actor.adminScope;
  return scope !== null && LEVEL_RANK[level] >= LEVEL_RANK[scope.level];
}
