import type { Actor } from "../auth/actor";

// Where a record sits. Central buyer organisations have no state: only national admins
// reach them.
export type Place = { stateId: number | null; districtId?: number | null; blockId?: number | null };

// Whether an admin's scope (national, a state, a district or a block) contains the place.
export function adminCovers(actor: Actor, place: Place): boolean {
  const scope = actor.adminScope;
  if (!scope || !actor.roles.includes("ADMIN")) return false;
  switch (scope.level) {
    case "NATIONAL":
      return true;
    case "STATE":
      return place.stateId != null && place.stateId === scope.stateId;
    case "DISTRICT":
      return place.districtId != null && place.districtId === scope.districtId;
    case "BLOCK":
      return place.blockId != null && place.blockId === scope.blockId;
  }
}

// The same rule as a Prisma filter on a model with stateId, districtId and blockId columns.
// An actor without an admin scope matches nothing.
export function adminPlaceFilter(actor: Actor): { stateId?: number; districtId?: number; blockId?: number } {
  const scope = actor.adminScope;
  if (!scope || !actor.roles.includes("ADMIN")) return { stateId: -1 };
  switch (scope.level) {
    case "NATIONAL":
      return {};
    case "STATE":
      return { stateId: scope.stateId ?? -1 };
    case "DISTRICT":
      return { districtId: scope.districtId ?? -1 };
    case "BLOCK":
      return { blockId: scope.blockId ?? -1 };
  }
}
