import "server-only";
import { requireRole, nowOf, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { ATTENDANCE_DAYS_AFTER } from "./attendance-window";
import { outreachEventFilter } from "./event-access";
import { EMPTY_FUNNEL, eventFunnels, type EventFunnel } from "./event-funnel";

const DAY_MS = 86_400_000;
export const EVENTS_PER_PAGE = 20;

export const eventSummarySelect = {
  id: true,
  title: true,
  mode: true,
  venue: true,
  startsAt: true,
  endsAt: true,
  audiences: true,
  capacity: true,
  cancelledAt: true,
  state: { select: { id: true, name: true, nameHi: true } },
  district: { select: { id: true, name: true, nameHi: true } },
} satisfies Prisma.OutreachEventSelect;

export type EventSummary = Prisma.OutreachEventGetPayload<{ select: typeof eventSummarySelect }>;
export type When = "upcoming" | "past";

// Upcoming soonest first, past latest first.
const ORDER_OF = {
  upcoming: [{ startsAt: "asc" }, { id: "asc" }],
  past: [{ startsAt: "desc" }, { id: "desc" }],
} satisfies Record<When, Prisma.OutreachEventOrderByWithRelationInput[]>;

// The public list: upcoming events soonest first (a cancelled one stays, marked, so those who
// registered learn of it), past events latest first; by state when one is chosen.
export async function listPublicEvents(db: Db, now: Date, filter: { when: When; stateId?: number; page: number }) {
  const where: Prisma.OutreachEventWhereInput = {
    ...(filter.when === "upcoming" ? { endsAt: { gt: now } } : { endsAt: { lte: now }, cancelledAt: null }),
    ...(filter.stateId ? { stateId: filter.stateId } : {}),
  };
  const [events, total, states] = await Promise.all([
    db.outreachEvent.findMany({
      where,
      select: { ...eventSummarySelect, _count: { select: { registrations: true } } },
      orderBy: ORDER_OF[filter.when],
      skip: (filter.page - 1) * EVENTS_PER_PAGE,
      take: EVENTS_PER_PAGE,
    }),
    db.outreachEvent.count({ where }),
    statesWithEvents(db),
  ]);
  return { events, total, states };
}

async function statesWithEvents(db: Db) {
  const groups = await db.outreachEvent.groupBy({ by: ["stateId"], where: { cancelledAt: null }, _count: { _all: true } });
  const states = await db.state.findMany({ where: { id: { in: groups.map((group) => group.stateId) } }, select: { id: true, name: true, nameHi: true }, orderBy: { name: "asc" } });
  const counts = new Map(groups.map((group) => [group.stateId, group._count._all]));
  return states.map((state) => ({ ...state, eventCount: counts.get(state.id) ?? 0 }));
}

// Online events that have not ended: the help centre announces them as webinars.
export async function listUpcomingWebinars(db: Db, now: Date, limit: number) {
  return db.outreachEvent.findMany({
    where: { mode: "ONLINE", endsAt: { gt: now }, cancelledAt: null },
    select: { id: true, title: true, startsAt: true, endsAt: true, audiences: true },
    orderBy: { startsAt: "asc" },
    take: limit,
  });
}

export type AdminEventRow = EventSummary & { funnel: EventFunnel };

// The admin's events in their area, each with its funnel.
export async function listEventsForAdmin(db: Db, ctx: ActionContext, filter: { when: When; page: number }) {
  const { actor } = requireRole(ctx, "ADMIN");
  const now = nowOf(ctx);
  const where: Prisma.OutreachEventWhereInput = { ...outreachEventFilter(actor), ...(filter.when === "upcoming" ? { endsAt: { gt: now } } : { endsAt: { lte: now } }) };
  const [events, total] = await Promise.all([
    db.outreachEvent.findMany({
      where,
      select: eventSummarySelect,
      orderBy: ORDER_OF[filter.when],
      skip: (filter.page - 1) * EVENTS_PER_PAGE,
      take: EVENTS_PER_PAGE,
    }),
    db.outreachEvent.count({ where }),
  ]);
  const funnels = await eventFunnels(db, events.map((event) => event.id));
  return { events: events.map((event): AdminEventRow => ({ ...event, funnel: funnels.get(event.id) ?? EMPTY_FUNNEL })), total };
}

// A facilitator's working list: events from a week ago (attendance still open) onwards.
export async function listEventsForFacilitator(db: Db, ctx: ActionContext) {
  requireRole(ctx, "FACILITATOR");
  const since = new Date(nowOf(ctx).getTime() - ATTENDANCE_DAYS_AFTER * DAY_MS);
  return db.outreachEvent.findMany({
    where: { endsAt: { gt: since }, cancelledAt: null, mode: "IN_PERSON" },
    select: { ...eventSummarySelect, _count: { select: { registrations: true } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 100,
  });
}
