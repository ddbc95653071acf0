import "server-only";
import { adminCovers } from "../admin/scope";
import { auditActorOf, recordAudit, type AuditActor } from "../audit/record-audit";
import { hasRole, PORTAL_ROLES, type Actor } from "../auth/actor";
import { nowOf, requireActor, type ActionContext } from "../auth/context";
import type { Db, Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Role } from "../db/generated/enums";
import { FieldValidationError, ForbiddenError, NotFoundError } from "../errors";
import { deliverToAll } from "../notifications/deliver-notification";
import { INCIDENT_ESCALATION_DAYS, daysAfter } from "./buying-rules";
import { incidentSide } from "./incident-side";
import type { AnswerIncidentInput, CloseIncidentInput, RaiseIncidentInput } from "./incident-schemas";
import { LIFECYCLE_ORDER, findOrderIn, type LifecycleOrder } from "./move-order";
import { tellParties } from "./order-notifications";
import type { OrderParty } from "./order-parties";

// Incidents on an order (late delivery, wrong item, non-payment...): either side raises one,
// the other side answers, the raiser closes it when settled. One still open after
// INCIDENT_ESCALATION_DAYS goes to the admins of the buyer's state (national admins for a
// central buyer), who settle or dismiss it.

type Side = "buyer" | "seller";
const OTHER: Record<Side, Side> = { buyer: "seller", seller: "buyer" };
const PARTIES_OF: Record<Side, OrderParty[]> = { buyer: ["buyer", "consignee"], seller: ["seller"] };
const OPEN = ["OPEN", "UNDER_REVIEW"] as const;

const SELLER_ROLES: Role[] = ["SELLER_ADMIN", "SELLER_STAFF"];

// Which side of its orders the actor is on, the orders of that side, and the role the audit
// log records.
function sideOf(actor: Actor): { side: Side; where: Prisma.OrderWhereInput; role: Role } {
  const sellerRole = SELLER_ROLES.find((role) => hasRole(actor, role));
  if (actor.sellerId !== null && sellerRole) return { side: "seller", where: { sellerId: actor.sellerId }, role: sellerRole };
  const buyerRole = PORTAL_ROLES.buyer.find((role) => hasRole(actor, role));
  if (actor.organisationId !== null && buyerRole) return { side: "buyer", where: { buyerOrganisationId: actor.organisationId }, role: buyerRole };
  throw new ForbiddenError("Only the parties of an order raise or answer its incidents");
}

const INCIDENT = {
  id: true, type: true, status: true, orderId: true, escalatedToStateId: true, escalatedAt: true,
  raisedBy: { select: { sellerId: true } },
} as const;

type FoundIncident = Prisma.IncidentGetPayload<{ select: typeof INCIDENT }> & { order: LifecycleOrder; raisedBySide: Side };

async function findIncident(tx: Tx, incidentId: number, orderWhere: Prisma.OrderWhereInput): Promise<FoundIncident> {
  const incident = await tx.incident.findFirst({ where: { id: incidentId, order: orderWhere }, select: INCIDENT });
  if (!incident?.orderId) throw new NotFoundError("Incident");
  const order = await findOrderIn(tx, {}, incident.orderId);
  return { ...incident, order, raisedBySide: incidentSide(incident.raisedBy.sellerId, order.sellerId) };
}

export async function raiseIncident(db: Db, ctx: ActionContext, input: RaiseIncidentInput): Promise<{ orderId: number }> {
  const actor = requireActor(ctx);
  const { side, where, role } = sideOf(actor);
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const order = await findOrderIn(tx, where, input.orderId);
    const incident = await tx.incident.create({ data: { orderId: order.id, sellerId: order.sellerId, raisedById: actor.userId, type: input.type, description: input.description, createdAt: now } });
    await recordAudit(tx, auditActorOf(ctx, role), { action: "incidents.raise", entityType: "Incident", entityId: incident.id, after: { orderId: order.id, type: input.type }, organisationId: order.buyerOrganisationId, sellerId: order.sellerId, place: { stateId: order.buyerStateId } });
    await tellParties(tx, order, PARTIES_OF[OTHER[side]], "incident.raised", now, { reasonCode: input.type, note: input.description });
    return { orderId: order.id };
  });
}

export async function answerIncident(db: Db, ctx: ActionContext, input: AnswerIncidentInput): Promise<{ orderId: number }> {
  const actor = requireActor(ctx);
  const { side, where, role } = sideOf(actor);
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const incident = await findIncident(tx, input.incidentId, where);
    if (incident.raisedBySide === side) throw new FieldValidationError({ answer: "incidents.errors.ownIncident" });
    const changed = await tx.incident.updateMany({ where: { id: incident.id, status: { in: [...OPEN] } }, data: { status: "UNDER_REVIEW", answer: input.answer, answeredAt: now, answeredById: actor.userId } });
    if (changed.count === 0) throw new FieldValidationError({ answer: "incidents.errors.closed" });
    await recordAudit(tx, auditActorOf(ctx, role), { action: "incidents.answer", entityType: "Incident", entityId: incident.id, after: { answer: input.answer }, organisationId: incident.order.buyerOrganisationId, sellerId: incident.order.sellerId });
    await tellParties(tx, incident.order, PARTIES_OF[incident.raisedBySide], "incident.answered", now, { reasonCode: incident.type, note: input.answer });
    return { orderId: incident.order.id };
  });
}

// The raiser's side closes its own incident as resolved; an admin whose area holds the
// buyer's state (or a national admin) settles or dismisses one, with the reasons.
export async function closeIncident(db: Db, ctx: ActionContext, input: CloseIncidentInput): Promise<{ orderId: number }> {
  const actor = requireActor(ctx);
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const asAdmin = hasRole(actor, "ADMIN");
    const party = asAdmin ? null : sideOf(actor);
    const incident = await findIncident(tx, input.incidentId, party?.where ?? {});
    if (asAdmin) {
      if (!incident.escalatedAt || !adminCovers(actor, { stateId: incident.order.buyerStateId })) throw new NotFoundError("Incident");
      if (!input.resolution) throw new FieldValidationError({ resolution: "incidents.errors.resolutionNeeded" });
    } else {
      if (party!.side !== incident.raisedBySide) throw new FieldValidationError({ outcome: "incidents.errors.notYours" });
      if (input.outcome !== "RESOLVED") throw new FieldValidationError({ outcome: "incidents.errors.onlyAdminsDismiss" });
    }
    const changed = await tx.incident.updateMany({ where: { id: incident.id, status: { in: [...OPEN] } }, data: { status: input.outcome, resolution: input.resolution ?? null, resolvedAt: now } });
    if (changed.count === 0) throw new FieldValidationError({ outcome: "incidents.errors.closed" });
    await recordAudit(tx, auditActorOf(ctx, party?.role ?? "ADMIN"), { action: "incidents.close", entityType: "Incident", entityId: incident.id, before: { status: incident.status }, after: { status: input.outcome, resolution: input.resolution }, organisationId: incident.order.buyerOrganisationId, sellerId: incident.order.sellerId, place: { stateId: incident.order.buyerStateId } });
    await tellParties(tx, incident.order, ["buyer", "consignee", "seller"], "incident.closed", now, { reasonCode: input.outcome, note: input.resolution });
    return { orderId: incident.order.id };
  });
}

const SYSTEM: Omit<AuditActor, "at"> = { userId: null, role: "SYSTEM", ip: null };

// From the scheduler: incidents open for INCIDENT_ESCALATION_DAYS go to the buyer state's
// admins, once each (a conditional update on escalatedAt).
export async function escalateIncidents(db: Db, now: Date): Promise<number> {
  const due = await db.incident.findMany({
    where: { status: { in: [...OPEN] }, escalatedAt: null, orderId: { not: null }, createdAt: { lt: daysAfter(now, -INCIDENT_ESCALATION_DAYS) } },
    orderBy: { id: "asc" },
    take: 500,
    select: { id: true, type: true, description: true, order: { select: LIFECYCLE_ORDER } },
  });
  let escalated = 0;
  for (const incident of due) {
    const order = incident.order!;
    escalated += await db.$transaction(async (tx) => {
      const { count } = await tx.incident.updateMany({ where: { id: incident.id, escalatedAt: null }, data: { escalatedAt: now, escalatedToStateId: order.buyerStateId } });
      if (count === 0) return 0;
      const admins = await stateAdmins(tx, order.buyerStateId);
      const params = { number: order.number, buyerName: order.buyerOrganisation.name, sellerName: order.seller.tradeName ?? order.seller.legalName, reasonCode: incident.type, note: incident.description, date: "" };
      await deliverToAll(tx, admins, { kind: "incident.escalated", params, link: "/admin/incidents" }, now);
      await recordAudit(tx, { ...SYSTEM, at: now }, { action: "incidents.escalate", entityType: "Incident", entityId: incident.id, after: { escalatedToStateId: order.buyerStateId }, organisationId: order.buyerOrganisationId, sellerId: order.sellerId, place: { stateId: order.buyerStateId } });
      return 1;
    });
  }
  return escalated;
}

// The admins of a state; for a central buyer (no state), or a state without admins, the national ones.
async function stateAdmins(tx: Tx, stateId: number | null) {
  const select = { id: true, name: true, email: true, locale: true } as const;
  const ofState = stateId === null ? [] : await tx.user.findMany({ where: { isActive: true, roles: { some: { role: "ADMIN", adminScope: "STATE", stateId } } }, select });
  return ofState.length > 0 ? ofState : tx.user.findMany({ where: { isActive: true, roles: { some: { role: "ADMIN", adminScope: "NATIONAL" } } }, select });
}

// The escalated incidents an admin settles: all for a national admin, their state's for a
// state admin (district and block admins look after sellers, not incidents between parties).
export async function listEscalatedIncidents(db: Db, ctx: ActionContext) {
  const actor = requireActor(ctx);
  const scope = hasRole(actor, "ADMIN") ? actor.adminScope : null;
  if (!scope) throw new ForbiddenError("Admins only");
  if (scope.level === "DISTRICT" || scope.level === "BLOCK") return [];
  return db.incident.findMany({
    where: { escalatedAt: { not: null }, ...(scope.level === "STATE" ? { escalatedToStateId: scope.stateId ?? -1 } : {}) },
    orderBy: [{ status: "asc" }, { escalatedAt: "asc" }],
    take: 100,
    select: {
      id: true, type: true, status: true, description: true, answer: true, resolution: true, createdAt: true, escalatedAt: true, resolvedAt: true,
      raisedBy: { select: { name: true } },
      order: { select: { id: true, number: true, buyerOrganisation: { select: { name: true } }, seller: { select: { legalName: true, tradeName: true } } } },
    },
  });
}

export type EscalatedIncident = Awaited<ReturnType<typeof listEscalatedIncidents>>[number];
