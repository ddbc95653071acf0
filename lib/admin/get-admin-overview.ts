import "server-only";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import type { AdminScope } from "../db/generated/enums";
import { getHeadlineCounters, type Area, type HeadlineCounters } from "../reporting/get-headline-counters";

export type AdminScopeLabel = {
  level: AdminScope;
  state: { name: string; nameHi: string } | null;
  district: { name: string; nameHi: string } | null;
  block: { name: string } | null;
};

export type AdminOverview = { scope: AdminScopeLabel; counters: HeadlineCounters };

// A state, district or block admin sees the sellers located in their area, the orders those
// sellers won (the seller's location is snapshotted on the order), and the buyer
// organisations of the area. A national admin sees the national headline figures.
function areaOf(scope: NonNullable<Actor["adminScope"]>): Area | null {
  if (scope.level === "BLOCK" && scope.blockId !== null) {
    return {
      seller: { blockId: scope.blockId },
      organisation: { offices: { some: { blockId: scope.blockId } } },
      order: { sellerBlockId: scope.blockId },
    };
  }
  if (scope.level === "DISTRICT" && scope.districtId !== null) {
    return {
      seller: { districtId: scope.districtId },
      organisation: { offices: { some: { districtId: scope.districtId } } },
      order: { sellerDistrictId: scope.districtId },
    };
  }
  if (scope.level === "STATE" && scope.stateId !== null) {
    return {
      seller: { stateId: scope.stateId },
      organisation: { stateId: scope.stateId },
      order: { sellerStateId: scope.stateId },
    };
  }
  return null;
}

export async function getAdminOverview(db: Db, actor: Actor): Promise<AdminOverview | null> {
  const scope = actor.adminScope;
  if (!scope) return null;
  const label = await findScopeLabel(db, scope);
  if (scope.level === "NATIONAL") return { scope: label, counters: await getHeadlineCounters(db) };
  const area = areaOf(scope);
  if (!area) return null;
  return { scope: label, counters: await getHeadlineCounters(db, area) };
}

async function findScopeLabel(db: Db, scope: NonNullable<Actor["adminScope"]>): Promise<AdminScopeLabel> {
  const [state, district, block] = await Promise.all([
    scope.stateId === null ? null : db.state.findUnique({ where: { id: scope.stateId }, select: { name: true, nameHi: true } }),
    scope.districtId === null ? null : db.district.findUnique({ where: { id: scope.districtId }, select: { name: true, nameHi: true } }),
    scope.blockId === null ? null : db.block.findUnique({ where: { id: scope.blockId }, select: { name: true } }),
  ]);
  return { level: scope.level, state, district, block };
}
