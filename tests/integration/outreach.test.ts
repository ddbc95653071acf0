import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/auth/context";
import { verifySeller } from "@/lib/admin/verify-seller";
import { FieldValidationError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { cancelOutreachEvent } from "@/lib/outreach/cancel-event";
import { createOutreachEvent } from "@/lib/outreach/create-event";
import { eventFunnels } from "@/lib/outreach/event-funnel";
import { getEventForStaff } from "@/lib/outreach/get-event";
import { listEventsForAdmin, listPublicEvents } from "@/lib/outreach/list-events";
import type { OutreachEventInput, RegistrationInput } from "@/lib/outreach/outreach-schemas";
import { recordAttendance, recordWalkIn } from "@/lib/outreach/record-attendance";
import { registerForEvent } from "@/lib/outreach/register-for-event";
import { registerAssistedSeller } from "@/lib/sellers/register-assisted-seller";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { setUpTestDatabase } from "../support/test-database";
import { actorByEmail, adminActor, actorWithRoles, contextOf, placesIn } from "./admin-fixtures";
import { placeDirectOrder } from "./order-fixtures";
import { createListing, createComparableCategory } from "./product-fixtures";
import { profileInput, uniquePan } from "./seller-fixtures";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;
const DAY = 86_400_000;
const NOW = new Date("2026-11-22T09:00:00+05:30");
const at = (ctx: ActionContext, now: Date): ActionContext => ({ ...ctx, now });

async function homeOf(stateCode: string) {
  return (await placesIn(db(), stateCode)).home;
}

async function karnataka() {
  const place = await homeOf("KA");
  const admin = contextOf(await adminActor(db(), "STATE", { stateId: place.stateId }));
  return { place, admin: at(admin, NOW) };
}

function eventInput(place: { stateId: number; districtId: number }, overrides: Partial<OutreachEventInput> = {}): OutreachEventInput {
  return {
    formKey: randomBytes(18).toString("base64url"), title: "GeM Samvaad Mysuru", description: "Register as a seller and sell to government buyers.",
    mode: "IN_PERSON", stateId: place.stateId, districtId: place.districtId, venue: "Weavers' Service Centre, Mysuru",
    date: "2026-11-25", startTime: "10:00", endTime: "17:00", audiences: ["WEAVERS", "SELLERS"], ...overrides,
  };
}

let phoneSeed = 9_000_000_000;
function person(eventId: number, overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return { eventId, name: "Lakshmi Devanga", phone: String((phoneSeed += 7)), kind: "WEAVER", ...overrides };
}

const ON_THE_DAY = new Date("2026-11-25T11:00:00+05:30");

describe("Samvaad events", () => {
  it("lets an admin schedule events only in their area and in the future, once per form", async () => {
    const { place, admin } = await karnataka();
    const input = eventInput(place);
    const first = await createOutreachEvent(db(), admin, input);
    expect(await createOutreachEvent(db(), admin, input)).toEqual(first);
    expect(await db().outreachEvent.count({ where: { formKey: input.formKey } })).toBe(1);
    const startsAt = (await db().outreachEvent.findUniqueOrThrow({ where: { id: first.eventId } })).startsAt;
    expect(startsAt.toISOString()).toBe("2026-11-25T04:30:00.000Z");

    const bihar = await homeOf("BR");
    await expect(createOutreachEvent(db(), admin, eventInput(bihar))).rejects.toMatchObject({ fieldErrors: { districtId: "outreach.errors.outsideArea" } });
    await expect(createOutreachEvent(db(), admin, eventInput({ stateId: place.stateId, districtId: bihar.districtId }))).rejects.toBeInstanceOf(FieldValidationError);
    await expect(createOutreachEvent(db(), admin, eventInput(place, { date: "2026-11-20" }))).rejects.toMatchObject({ fieldErrors: { date: "outreach.errors.inPast" } });
    const facilitator = at(contextOf(await actorByEmail(db(), "facilitator@kraya.demo")), NOW);
    await expect(createOutreachEvent(db(), facilitator, eventInput(place))).rejects.toBeInstanceOf(ForbiddenError);

    const listed = await listPublicEvents(db(), NOW, { when: "upcoming", stateId: place.stateId, page: 1 });
    expect(listed.events.map((event) => event.id)).toContain(first.eventId);
    const otherAdmin = at(contextOf(await adminActor(db(), "STATE", { stateId: bihar.stateId })), NOW);
    await expect(getEventForStaff(db(), otherAdmin, first.eventId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listEventsForAdmin(db(), otherAdmin, { when: "upcoming", page: 1 })).events.map((event) => event.id)).not.toContain(first.eventId);
  });

  it("registers people without an account, once per mobile number, until the seats or the event run out", async () => {
    const { place, admin } = await karnataka();
    const { eventId } = await createOutreachEvent(db(), admin, eventInput(place, { capacity: 10 }));
    const anonymous = at(contextOf(null), NOW);
    const first = await registerForEvent(db(), anonymous, person(eventId, { phone: "9845012345" }));
    expect(first.reference).toBe(`SMV-${eventId}-${first.registrationId}`);
    expect(await registerForEvent(db(), anonymous, person(eventId, { phone: "9845012345" }))).toEqual({ ...first, alreadyRegistered: true });
    const buyer = await actorByEmail(db(), "buyer@kraya.demo");
    const signedIn = await registerForEvent(db(), at(contextOf(buyer), NOW), person(eventId, { kind: "BUYER" }));
    expect((await db().outreachRegistration.findUniqueOrThrow({ where: { id: signedIn.registrationId } })).userId).toBe(buyer.userId);
    expect(await db().notification.findFirstOrThrow({ where: { userId: buyer.userId, kind: "outreach.registered" }, orderBy: { id: "desc" } })).toMatchObject({ link: `/samvaad/${eventId}` });
    const withMail = await registerForEvent(db(), anonymous, person(eventId, { email: "savitha.weaver@example.in" }));
    const confirmation = await db().emailOutbox.findFirstOrThrow({ where: { toEmail: "savitha.weaver@example.in", kind: "outreach.registered" } });
    expect(confirmation.body).toContain(withMail.reference);
    expect(confirmation.body).toContain("संदर्भ क्रमांक");
    for (let index = 0; index < 7; index++) await registerForEvent(db(), anonymous, person(eventId));
    await expect(registerForEvent(db(), anonymous, person(eventId))).rejects.toMatchObject({ fieldErrors: { form: "outreach.errors.full" } });
    await expect(registerForEvent(db(), at(anonymous, new Date("2026-11-25T18:00:00+05:30")), person(eventId))).rejects.toMatchObject({ fieldErrors: { form: "outreach.errors.ended" } });

    const other = await createOutreachEvent(db(), admin, eventInput(place));
    const facilitatorsHere = await db().user.count({ where: { roles: { some: { role: "FACILITATOR" } }, serviceCentre: { stateId: place.stateId } } });
    expect(facilitatorsHere).toBeGreaterThan(0);
    expect(await db().notification.count({ where: { kind: "outreach.scheduled", link: `/seller/samvaad/${other.eventId}` } })).toBe(facilitatorsHere);
    await registerForEvent(db(), at(contextOf(buyer), NOW), person(other.eventId, { kind: "BUYER" }));
    await registerForEvent(db(), anonymous, person(other.eventId, { email: "lakshmi.weaver@example.in" }));
    await cancelOutreachEvent(db(), admin, { eventId: other.eventId, reason: "The venue is flooded after heavy rain." });
    expect(await db().notification.findFirstOrThrow({ where: { userId: buyer.userId, kind: "outreach.cancelled" }, orderBy: { id: "desc" } })).toMatchObject({ link: `/samvaad/${other.eventId}` });
    const mail = await db().emailOutbox.findFirstOrThrow({ where: { toEmail: "lakshmi.weaver@example.in", kind: "outreach.cancelled" } });
    expect(mail.body).toContain("The venue is flooded after heavy rain.");
    expect(mail.subject).toContain("रद्द");
    await expect(registerForEvent(db(), anonymous, person(other.eventId))).rejects.toMatchObject({ fieldErrors: { form: "outreach.errors.cancelled" } });
    await expect(registerForEvent(db(), anonymous, person(999_999))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("records attendance on the day, by the area's admin or a facilitator only", async () => {
    const { place, admin } = await karnataka();
    const { eventId } = await createOutreachEvent(db(), admin, eventInput(place));
    const { registrationId } = await registerForEvent(db(), at(contextOf(null), NOW), person(eventId));
    const facilitator = contextOf(await actorByEmail(db(), "facilitator@kraya.demo"));
    await expect(recordAttendance(db(), at(facilitator, NOW), { registrationId, attended: true })).rejects.toMatchObject({ fieldErrors: { form: "outreach.errors.notStarted" } });
    await recordAttendance(db(), at(facilitator, ON_THE_DAY), { registrationId, attended: true });
    expect(await db().outreachRegistration.findUniqueOrThrow({ where: { id: registrationId } })).toMatchObject({ attendedAt: ON_THE_DAY, attendanceById: facilitator.actor!.userId });
    await expect(recordAttendance(db(), at(facilitator, new Date(ON_THE_DAY.getTime() + 9 * DAY)), { registrationId, attended: false })).rejects.toMatchObject({ fieldErrors: { form: "outreach.errors.attendanceClosed" } });

    const seller = contextOf(await actorByEmail(db(), "mse.seller@kraya.demo"));
    await expect(recordAttendance(db(), at(seller, ON_THE_DAY), { registrationId, attended: false })).rejects.toBeInstanceOf(ForbiddenError);
    const mp = await homeOf("MP");
    const mpAdmin = contextOf(await adminActor(db(), "STATE", { stateId: mp.stateId }));
    await expect(recordAttendance(db(), at(mpAdmin, ON_THE_DAY), { registrationId, attended: false })).rejects.toBeInstanceOf(NotFoundError);

    const walkIn = await recordWalkIn(db(), at(admin, ON_THE_DAY), person(eventId, { kind: "ARTISAN" }));
    expect(await db().outreachRegistration.findUniqueOrThrow({ where: { id: walkIn.registrationId } })).toMatchObject({ attendedAt: ON_THE_DAY, userId: null });
  });

  it("counts each event's funnel: registered, attended, onboarded there, listed and sold", async () => {
    const { place, admin } = await karnataka();
    const { eventId } = await createOutreachEvent(db(), admin, eventInput(place));
    const anonymous = at(contextOf(null), NOW);
    const weaver = await registerForEvent(db(), anonymous, person(eventId, { name: "Savitha Devanga", phone: "9844011111" }));
    const absent = await registerForEvent(db(), anonymous, person(eventId));
    const present = await registerForEvent(db(), anonymous, person(eventId, { kind: "SHG" }));
    const facilitator = at(contextOf(await actorByEmail(db(), "facilitator@kraya.demo")), ON_THE_DAY);
    await recordAttendance(db(), facilitator, { registrationId: present.registrationId, attended: true });
    expect((await eventFunnels(db(), [eventId])).get(eventId)).toEqual({ registered: 3, attended: 1, onboarded: 0, listed: 0, sold: 0, gmvPaise: 0n });

    const profile = await profileInput(db(), { entityType: "INDIVIDUAL", pan: uniquePan("P"), gstin: undefined, udyamNumber: undefined, mseClass: undefined, isWeaver: true, weaverCardNumber: "WIC-KA-0004321", stateId: place.stateId, districtId: place.districtId, blockId: place.blockId });
    const onboarding = { ...profile, contactName: "Savitha Devanga", contactMobile: "9844011111", outreachRegistrationId: weaver.registrationId };
    const { sellerId } = await registerAssistedSeller(db(), facilitator, onboarding);
    expect(await db().outreachRegistration.findUniqueOrThrow({ where: { id: weaver.registrationId } })).toMatchObject({ sellerId, attendedAt: ON_THE_DAY });
    const sellersBefore = await db().seller.count();
    await expect(registerAssistedSeller(db(), facilitator, { ...onboarding, pan: uniquePan("P") })).rejects.toMatchObject({ fieldErrors: { form: "outreach.errors.alreadyOnboarded" } });
    expect(await db().seller.count()).toBe(sellersBefore);
    await expect(recordAttendance(db(), facilitator, { registrationId: weaver.registrationId, attended: false })).rejects.toMatchObject({ fieldErrors: { form: "outreach.errors.onboardedPresent" } });
    expect((await eventFunnels(db(), [eventId])).get(eventId)).toMatchObject({ registered: 3, attended: 2, onboarded: 1, listed: 0, sold: 0 });

    await verifySeller(db(), contextOf(await actorByEmail(db(), "admin@kraya.demo")), { sellerId });
    const category = await createComparableCategory(db());
    const listing = await createListing(db(), { sellerId, categoryId: category.id, rupees: 900, deliveryStateIds: [place.stateId, (await homeOf("MP")).stateId] });
    expect((await eventFunnels(db(), [eventId])).get(eventId)).toMatchObject({ onboarded: 1, listed: 1, sold: 0 });
    const order = await placeDirectOrder(db(), 3, listing.id);
    const { totalPaise } = await db().order.findUniqueOrThrow({ where: { id: order.orderId } });
    expect((await eventFunnels(db(), [eventId])).get(eventId)).toEqual({ registered: 3, attended: 2, onboarded: 1, listed: 1, sold: 1, gmvPaise: totalPaise });
    expect(absent.registrationId).toBeGreaterThan(0);
  });

  it("seeds past events whose funnels narrow step by step, and upcoming ones with webinars", async () => {
    const events = await db().outreachEvent.findMany({ select: { id: true, endsAt: true, mode: true } });
    const seedNow = new Date("2026-11-20T12:00:00+05:30");
    const past = events.filter((event) => event.endsAt < seedNow);
    expect(past.length).toBeGreaterThanOrEqual(3);
    expect(events.filter((event) => event.mode === "ONLINE" && event.endsAt > seedNow)).toHaveLength(2);
    const funnels = await eventFunnels(db(), past.map((event) => event.id));
    for (const funnel of funnels.values()) {
      expect(funnel.registered).toBeGreaterThanOrEqual(funnel.attended);
      expect(funnel.attended).toBeGreaterThanOrEqual(funnel.onboarded);
      expect(funnel.onboarded).toBeGreaterThanOrEqual(Math.max(funnel.listed, funnel.sold));
      expect(funnel.onboarded).toBeGreaterThan(0);
    }
    const national = contextOf(await actorByEmail(db(), "admin@kraya.demo"));
    const buyerAdmin = contextOf(await actorWithRoles(db(), ["BUYER"]));
    await expect(listEventsForAdmin(db(), buyerAdmin, { when: "past", page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listEventsForAdmin(db(), national, { when: "past", page: 1 })).events.length).toBeGreaterThanOrEqual(past.length);
  });
});
