// `npm run bench:outreach`: Samvaad and the voice of the customer at a national scale.
// 1. The admin's list of events (a page of 20 with their funnels) and one event's page (its
//    funnel and 400 registrations), with 500 events and 2,00,000 registrations, a fifth of the
//    seeded sellers onboarded at them.
// 2. 300 people registering at once for the last 100 seats of an event: how long, and that
//    exactly 100 get in.
// 3. The feedback dashboard over 50,000 messages of the last 12 months.
// On a scratch database of each kind: an in-memory PGlite, and a throw-away schema on
// DATABASE_URL when set.
import { loadActor } from "../lib/auth/actor";
import type { ActionContext } from "../lib/auth/context";
import type { Db } from "../lib/db/client";
import { FieldValidationError } from "../lib/errors";
import { getFeedbackInsights } from "../lib/feedback/feedback-insights";
import { getEventForStaff } from "../lib/outreach/get-event";
import { listEventsForAdmin } from "../lib/outreach/list-events";
import { registerForEvent } from "../lib/outreach/register-for-event";
import { measure } from "./measure";
import { onScratchDatabases } from "./scratch-databases";

const EVENTS = 500;
const REGISTRATIONS_PER_EVENT = 400;
const FEEDBACK = 50_000;
const DAY_MS = 86_400_000;
const CATEGORIES = ["search", "catalogue", "onboarding", "orders", "payments", "bids", "delivery", "language"];
const TEXTS = ["Search should understand Hindi product names", "Payments after acceptance are late in some departments", "Uploading sarees one by one takes a whole day", "Training videos in Odia and Bengali would help"];

async function fillEvents(db: Db, adminId: number): Promise<number[]> {
  const states = await db.state.findMany({ select: { id: true, districts: { take: 1, select: { id: true } } } });
  const sellers = await db.seller.findMany({ where: { outreachRegistration: null }, select: { id: true }, orderBy: { id: "asc" } });
  const now = Date.now();
  const startsAt = (index: number) => new Date(now - (index + 1) * 3 * DAY_MS);
  await db.outreachEvent.createMany({
    data: Array.from({ length: EVENTS }, (_, index) => {
      const state = states[index % states.length]!;
      return {
        title: `Bench Samvaad ${index}`, description: "Bench event", mode: "IN_PERSON" as const, stateId: state.id, districtId: state.districts[0]?.id ?? null,
        venue: "Hall", startsAt: startsAt(index), endsAt: new Date(startsAt(index).getTime() + 7 * 3_600_000), audiences: ["SELLERS" as const], createdById: adminId,
      };
    }),
  });
  const events = await db.outreachEvent.findMany({ where: { title: { startsWith: "Bench Samvaad" } }, select: { id: true, startsAt: true }, orderBy: { id: "asc" } });
  const onboard = sellers.slice(0, Math.floor(sellers.length / 5));
  let sellerIndex = 0;
  for (const event of events) {
    await db.outreachRegistration.createMany({
      data: Array.from({ length: REGISTRATIONS_PER_EVENT }, (_, index) => {
        const attended = index % 3 !== 0;
        const sellerId = attended && index % 10 === 1 && sellerIndex < onboard.length ? onboard[sellerIndex++]!.id : null;
        return { eventId: event.id, name: `Person ${index}`, phone: String(6_000_000_000 + event.id * 1_000 + index), kind: "WEAVER" as const, attendedAt: attended ? event.startsAt : null, sellerId, createdAt: event.startsAt };
      }),
    });
  }
  return events.map((event) => event.id);
}

async function fillFeedback(db: Db) {
  const states = await db.state.findMany({ select: { id: true } });
  const now = Date.now();
  for (let offset = 0; offset < FEEDBACK; offset += 5_000) {
    await db.feedback.createMany({
      data: Array.from({ length: 5_000 }, (_, index) => {
        const n = offset + index;
        return { page: "/search", category: CATEGORIES[n % CATEGORIES.length]!, rating: n % 4 === 0 ? null : (n % 5) + 1, text: `${TEXTS[n % TEXTS.length]} (${n})`, stateId: states[n % states.length]!.id, createdAt: new Date(now - (n % 360) * DAY_MS) };
      }),
    });
  }
}

async function registerRace(db: Db): Promise<void> {
  const event = await db.outreachEvent.create({
    data: { title: "Bench last seats", description: "Bench", mode: "IN_PERSON", stateId: 1, startsAt: new Date(Date.now() + DAY_MS), endsAt: new Date(Date.now() + DAY_MS + 3_600_000), audiences: ["SELLERS"], capacity: 100, createdById: 1, venue: "Hall" },
  });
  const anonymous: ActionContext = { actor: null, ip: "127.0.0.1" };
  const started = performance.now();
  const outcomes = await Promise.allSettled(
    Array.from({ length: 300 }, (_, index) => registerForEvent(db, anonymous, { eventId: event.id, name: `Racer ${index}`, phone: String(7_000_000_000 + index), kind: "SELLER" })),
  );
  const elapsed = performance.now() - started;
  const accepted = outcomes.filter((outcome) => outcome.status === "fulfilled").length;
  const full = outcomes.filter((outcome) => outcome.status === "rejected" && outcome.reason instanceof FieldValidationError).length;
  const stored = await db.outreachRegistration.count({ where: { eventId: event.id } });
  console.log(`300 registering for 100 seats at once              ${elapsed.toFixed(0)} ms: ${accepted} registered, ${full} told it is full, ${stored} stored`);
}

await onScratchDatabases(async (db, kind) => {
  console.log(`\n${kind}`);
  const admin = await db.user.findFirstOrThrow({ where: { email: "admin@kraya.demo" }, select: { id: true } });
  const ctx: ActionContext = { actor: await loadActor(db, admin.id), ip: null };
  const started = performance.now();
  const eventIds = await fillEvents(db, admin.id);
  await fillFeedback(db);
  await db.$executeRawUnsafe(`ANALYZE "OutreachEvent", "OutreachRegistration", "Feedback", "Listing", "Order"`);
  console.log(`filled ${EVENTS} events, ${EVENTS * REGISTRATIONS_PER_EVENT} registrations, ${FEEDBACK} feedback in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await measure("admin's past events, a page of 20 with funnels", 20, () => listEventsForAdmin(db, ctx, { when: "past", page: 1 }));
  await measure("one event: funnel and 400 registrations", 20, () => getEventForStaff(db, ctx, eventIds[eventIds.length - 1]!));
  await measure("feedback dashboard, 12 months", 10, () => getFeedbackInsights(db, ctx, { months: 12 }));
  await registerRace(db);
});
