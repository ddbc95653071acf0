import "server-only";
import { hasRole, PORTAL_ROLES, type Actor } from "../auth/actor";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";

// Where the product page estimates delivery to. A signed-in buyer-side user: their consignee
// office (User.officeId), or another office of their organisation they pick (?to=<officeId>;
// an office of another organisation is ignored), or, with no office, their organisation's
// state. Anyone else picks a state (?state=KA); until then there is no destination.

type Named = { name: string; nameHi: string };

export type OfficeChoice = { id: number; name: string; stateId: number; districtId: number; state: Named; district: Named };
export type StateChoice = Named & { id: number; code: string };

export type DeliveryDestination =
  | { kind: "office"; office: OfficeChoice; stateId: number; districtId: number }
  | { kind: "state"; state: StateChoice; stateId: number; districtId: null };

export type DestinationChoices = { kind: "offices"; offices: OfficeChoice[] } | { kind: "states"; states: StateChoice[] };

export type DestinationQuery = { to?: string; state?: string };

const named = { select: { name: true, nameHi: true } } as const;
const stateChoice = { id: true, code: true, name: true, nameHi: true } as const;

function officeDestination(office: OfficeChoice): DeliveryDestination {
  return { kind: "office", office, stateId: office.stateId, districtId: office.districtId };
}

function stateDestination(state: StateChoice): DeliveryDestination {
  return { kind: "state", state, stateId: state.id, districtId: null };
}

// A buyer-side user's organisation's offices and the one to deliver to; with no offices, the
// organisation's state (null for a central organisation), which a state picked on the page overrides.
async function buyerDestination(db: Db, actor: Actor & { organisationId: number }, query: DestinationQuery) {
  const [user, offices] = await Promise.all([
    db.user.findUnique({ where: { id: actor.userId }, select: { officeId: true, organisation: { select: { state: { select: stateChoice } } } } }),
    db.office.findMany({
      where: { organisationId: actor.organisationId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, stateId: true, districtId: true, state: named, district: named },
    }),
  ]);
  const organisationState = user?.organisation?.state ?? null;
  const chosen = offices.find((office) => String(office.id) === query.to) ?? offices.find((office) => office.id === user?.officeId);
  return { offices, chosen, organisationState };
}

export async function findDeliveryDestination(
  db: Db,
  ctx: ActionContext,
  query: DestinationQuery,
): Promise<{ destination: DeliveryDestination | null; choices: DestinationChoices }> {
  const { actor } = ctx;
  let defaultState: StateChoice | null = null;
  if (actor && actor.organisationId !== null && hasRole(actor, ...PORTAL_ROLES.buyer)) {
    const { offices, chosen, organisationState } = await buyerDestination(db, { ...actor, organisationId: actor.organisationId }, query);
    if (offices.length > 0) {
      const destination = chosen ? officeDestination(chosen) : organisationState ? stateDestination(organisationState) : null;
      return { destination, choices: { kind: "offices", offices } };
    }
    defaultState = organisationState;
  }
  const states = await db.state.findMany({ orderBy: { name: "asc" }, select: stateChoice });
  const picked = states.find((state) => state.code === query.state?.toUpperCase()) ?? defaultState;
  return { destination: picked ? stateDestination(picked) : null, choices: { kind: "states", states } };
}
