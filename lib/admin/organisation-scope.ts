import type { Actor } from "../auth/actor";
import type { Prisma } from "../db/generated/client";

// The organisations an admin may see, as a Prisma filter: a state admin those of their state,
// a district or block admin those whose office lies there (state organisations only); central
// organisations, with no state, only a national admin. The same rule as organisationPlace +
// adminCovers, for lists.
export function organisationScopeWhere(actor: Actor): Prisma.BuyerOrganisationWhereInput {
  const scope = actor.adminScope;
  if (!scope || !actor.roles.includes("ADMIN")) return { id: -1 };
  switch (scope.level) {
    case "NATIONAL":
      return {};
    case "STATE":
      return { stateId: scope.stateId ?? -1 };
    case "DISTRICT":
      return { stateId: { not: null }, offices: { some: { districtId: scope.districtId ?? -1 } } };
    case "BLOCK":
      return { stateId: { not: null }, offices: { some: { blockId: scope.blockId ?? -1 } } };
  }
}
