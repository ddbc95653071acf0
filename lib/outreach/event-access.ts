import "server-only";
import { adminPlaceFilter } from "../admin/scope";
import { hasRole, type Actor } from "../auth/actor";
import { requireRole, type ActionContext } from "../auth/context";
import type { Db, Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";
import type { PlaceTree } from "../geography/places";

// Who runs Samvaad events: admins within their area schedule them and read their figures;
// facilitators (service-centre officials, who travel to the events) record attendance and
// onboard sellers at any event.

// The events an admin's area holds. Events have no block: a block admin's are its district's.
export function outreachEventFilter(actor: Actor): Prisma.OutreachEventWhereInput {
  if (actor.adminScope?.level === "BLOCK") return { districtId: actor.adminScope.districtId ?? -1 };
  const { stateId, districtId } = adminPlaceFilter(actor);
  return { stateId, districtId };
}

export function requireOutreachStaff(ctx: ActionContext): { actor: Actor; role: "ADMIN" | "FACILITATOR" } {
  const { actor, role } = requireRole(ctx, "ADMIN", "FACILITATOR");
  return { actor, role: role as "ADMIN" | "FACILITATOR" };
}

// An event the staff member may work on; outside an admin's area it does not exist.
export async function eventForStaff(db: Db | Tx, actor: Actor, eventId: number) {
  const where: Prisma.OutreachEventWhereInput = hasRole(actor, "FACILITATOR") ? { id: eventId } : { id: eventId, ...outreachEventFilter(actor) };
  const event = await db.outreachEvent.findFirst({ where });
  if (!event) throw new NotFoundError("Outreach event not found");
  return event;
}

// The states and districts an admin may hold events in, for the form's pickers.
export function placesInScope(actor: Actor, places: PlaceTree): PlaceTree {
  const scope = actor.adminScope;
  if (!scope || scope.level === "NATIONAL") return places;
  return places
    .filter((state) => state.id === scope.stateId)
    .map((state) => (scope.level === "STATE" ? state : { ...state, districts: state.districts.filter((district) => district.id === scope.districtId) }));
}
