import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import { eventForStaff, requireOutreachStaff } from "./event-access";
import { EMPTY_FUNNEL, eventFunnels } from "./event-funnel";
import { eventSummarySelect } from "./list-events";
import { registrationReference } from "./register-for-event";

// The public page of an event: what, where, when, and how many seats are left; never who registered.
export async function getPublicEvent(db: Db, eventId: number) {
  const event = await db.outreachEvent.findUnique({
    where: { id: eventId },
    select: { ...eventSummarySelect, description: true, onlineUrl: true, cancelReason: true, _count: { select: { registrations: true } } },
  });
  if (!event) throw new NotFoundError("Outreach event not found");
  return { ...event, seatsLeft: event.capacity === null ? null : Math.max(0, event.capacity - event._count.registrations) };
}

// The staff page: the event, its funnel and everyone registered, with attendance and the
// seller each was onboarded as.
export async function getEventForStaff(db: Db, ctx: ActionContext, eventId: number) {
  const { actor } = requireOutreachStaff(ctx);
  await eventForStaff(db, actor, eventId);
  const [event, registrations, funnels] = await Promise.all([
    db.outreachEvent.findUniqueOrThrow({
      where: { id: eventId },
      select: { ...eventSummarySelect, description: true, onlineUrl: true, cancelReason: true, createdBy: { select: { name: true } } },
    }),
    db.outreachRegistration.findMany({
      where: { eventId },
      select: {
        id: true, name: true, phone: true, email: true, kind: true, organisationName: true, attendedAt: true, createdAt: true, userId: true,
        seller: { select: { id: true, legalName: true, tradeName: true, verificationStatus: true } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    eventFunnels(db, [eventId]),
  ]);
  return { event, registrations, funnel: funnels.get(eventId) ?? EMPTY_FUNNEL };
}

export type StaffEventView = Awaited<ReturnType<typeof getEventForStaff>>;

// The confirmation shown after registering: only a registration of this event, by its id.
export async function getRegistrationConfirmation(db: Db, eventId: number, registrationId: number) {
  if (!Number.isSafeInteger(registrationId)) return null;
  const registration = await db.outreachRegistration.findFirst({ where: { id: registrationId, eventId }, select: { id: true, eventId: true } });
  return registration ? { reference: registrationReference(registration) } : null;
}

// A registrant a facilitator is about to onboard as a seller: what the form can be filled with.
export async function getRegistrationForOnboarding(db: Db, ctx: ActionContext, registrationId: number) {
  const { actor } = requireOutreachStaff(ctx);
  const registration = await db.outreachRegistration.findUnique({
    where: { id: registrationId },
    select: { id: true, eventId: true, name: true, phone: true, email: true, kind: true, organisationName: true, sellerId: true },
  });
  if (!registration) throw new NotFoundError("Registration not found");
  const event = await eventForStaff(db, actor, registration.eventId);
  return { registration, event: { id: event.id, title: event.title, stateId: event.stateId, districtId: event.districtId } };
}
