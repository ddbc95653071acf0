import type { OutreachAudience, RegistrantKind } from "../../lib/db/generated/enums";
import type { Tx } from "../../lib/db/client";
import { generatePerson } from "./names";
import { DAY_MS, HOUR_MS, istDayStartMs } from "./seed-config";
import type { ReferenceData, SeedContext, StaffRef, StateRef } from "./seed-context";
import type { SellerRef } from "./sellers";

// GeM Samvaad (seeds 000) began on 19 December 2019; the first events were in Karnataka,
// Himachal Pradesh, Uttarakhand and Andhra Pradesh. Past events onboarded some of the seeded
// weavers, artisans and SHGs (linked from their registration); upcoming ones have their first
// registrations, and two webinars are announced.
const SAMVAAD_BEGAN_MS = Date.parse("2019-12-19T00:00:00+05:30");
const FIRST_STATES = ["KA", "HP", "UK", "AP", "OD", "AS", "MP", "BR", "TN", "WB"];
const UPCOMING = [
  { code: "KA", days: 12, audiences: ["SELLERS", "WEAVERS", "ARTISANS", "SHGS"] },
  { code: "MP", days: 19, audiences: ["SELLERS", "SHGS", "ARTISANS"] },
  { code: "BR", days: 26, audiences: ["BUYERS", "SELLERS"] },
  { code: "OD", days: 33, audiences: ["WEAVERS", "ARTISANS", "SHGS"] },
  { code: "TN", days: 40, audiences: ["SELLERS", "WEAVERS"] },
] as const;
const WEBINARS = [
  { title: "Webinar: taking part in a bid, step by step", days: 9, audiences: ["SELLERS", "SHGS"] },
  { title: "Webinar: buying from SHGs and artisans", days: 16, audiences: ["BUYERS"] },
] as const;
const KIND_OF_SELLER: Partial<Record<SellerRef["kind"], RegistrantKind>> = { WEAVER: "WEAVER", ARTISAN: "ARTISAN", SHG: "SHG" };

type EventRow = {
  id: number; title: string; description: string; mode: "IN_PERSON" | "ONLINE"; stateId: number; districtId: number | null; venue: string | null; onlineUrl: string | null;
  startsAt: Date; endsAt: Date; audiences: OutreachAudience[]; capacity: number | null; createdById: number; createdAt: Date;
};
type RegistrationRow = {
  eventId: number; name: string; phone: string; kind: RegistrantKind; organisationName: string | null; attendedAt: Date | null; attendanceById: number | null; sellerId: number | null; createdAt: Date;
};

export async function insertOutreach(tx: Tx, ctx: SeedContext, reference: ReferenceData, staff: StaffRef, sellers: SellerRef[]): Promise<{ events: number; registrations: number }> {
  const random = ctx.random.fork("outreach");
  const events: EventRow[] = [];
  const registrations: RegistrationRow[] = [];
  const organiser = (stateId: number) => staff.stateAdminIdByState.get(stateId) ?? staff.nationalAdminIds[0]!;
  const dayAt = (ms: number, hour: number) => new Date(istDayStartMs(ms) + hour * HOUR_MS);

  // Mobile numbers are unique across the seed, so unique within each event.
  const phones = new Set<string>();
  const phone = () => {
    let value: string;
    do value = `${random.int(6, 9)}${random.digits(9)}`;
    while (phones.has(value));
    phones.add(value);
    return value;
  };
  // People who registered before `until` (the event, or today for one to come), some present.
  const registrants = (event: EventRow, state: StateRef, count: number, options: { attendance: number; until: number }): RegistrationRow[] =>
    Array.from({ length: count }, () => {
      const attended = random.chance(options.attendance);
      return {
        eventId: event.id, name: generatePerson(random, ctx.data.people, state).full, phone: phone(), organisationName: null, sellerId: null,
        kind: random.weighted([["WEAVER", 30], ["ARTISAN", 25], ["SHG", 20], ["SELLER", 15], ["BUYER", 7], ["OTHER", 3]] as const),
        attendedAt: attended ? event.startsAt : null, attendanceById: attended ? event.createdById : null, createdAt: new Date(options.until - random.int(1, 20) * DAY_MS),
      };
    });

  // A past event is held on the day one of the state's weavers, artisans or SHGs registered
  // (after Samvaad began); those of the state whose registration was completed in the two
  // weeks from then were onboarded there.
  const onboardable = sellers.filter((seller) => KIND_OF_SELLER[seller.kind] && !seller.isDemo && seller.createdAtMs >= SAMVAAD_BEGAN_MS && seller.createdAtMs < ctx.nowMs - 30 * DAY_MS);
  for (const code of FIRST_STATES) {
    const state = reference.stateByCode.get(code);
    const local = onboardable.filter((seller) => seller.state.id === state?.id);
    if (!state || local.length === 0) continue;
    const anchor = random.pick(local);
    const startsAt = dayAt(anchor.createdAtMs, 10);
    const dayStart = startsAt.getTime() - 10 * HOUR_MS;
    const onboarded = local.filter((seller) => seller.createdAtMs >= dayStart && seller.createdAtMs < dayStart + 14 * DAY_MS).slice(0, 6);
    const event = inPerson(events.length + 1, state, anchor.district, startsAt, organiser(state.id), ["SELLERS", "WEAVERS", "ARTISANS", "SHGS"], random.int(0, 1) ? 150 : null);
    events.push(event);
    for (const seller of onboarded) {
      registrations.push({ eventId: event.id, name: generatePerson(random, ctx.data.people, state).full, phone: phone(), kind: KIND_OF_SELLER[seller.kind]!, organisationName: seller.displayName, attendedAt: event.startsAt, attendanceById: event.createdById, sellerId: seller.id, createdAt: new Date(event.startsAt.getTime() - random.int(1, 10) * DAY_MS) });
    }
    registrations.push(...registrants(event, state, random.int(20, 60), { attendance: 0.65, until: event.startsAt.getTime() }));
  }
  for (const upcoming of UPCOMING) {
    const state = reference.stateByCode.get(upcoming.code);
    if (!state) continue;
    const district = random.pick(state.districts);
    const event = inPerson(events.length + 1, state, district, dayAt(ctx.nowMs + upcoming.days * DAY_MS, 10), organiser(state.id), [...upcoming.audiences], 200);
    events.push(event);
    registrations.push(...registrants(event, state, random.int(5, 40), { attendance: 0, until: ctx.nowMs }));
  }
  const delhi = reference.stateByCode.get("DL") ?? reference.states[0]!;
  for (const webinar of WEBINARS) {
    const startsAt = dayAt(ctx.nowMs + webinar.days * DAY_MS, 15);
    events.push({
      id: events.length + 1, title: webinar.title, mode: "ONLINE", stateId: delhi.id, districtId: null, venue: null, onlineUrl: "https://meet.kraya.example/samvaad-webinar",
      description: "An online session of an hour with Kraya's officials, with time for questions. Join from a phone or a computer; the link is shown when you register.",
      startsAt, endsAt: new Date(startsAt.getTime() + HOUR_MS), audiences: [...webinar.audiences], capacity: 500, createdById: staff.nationalAdminIds[0]!, createdAt: new Date(ctx.nowMs - 3 * DAY_MS),
    });
  }
  await tx.outreachEvent.createMany({ data: events });
  await tx.outreachRegistration.createMany({ data: registrations });
  return { events: events.length, registrations: registrations.length };
}

function inPerson(id: number, state: StateRef, district: StateRef["districts"][number], startsAt: Date, createdById: number, audiences: OutreachAudience[], capacity: number | null): EventRow {
  return {
    id, title: `GeM Samvaad ${state.name}: sell to government buyers`, mode: "IN_PERSON", stateId: state.id, districtId: district.id, venue: "District Industries Centre hall", onlineUrl: null,
    description: "Meet Kraya's officials and facilitators from the Weavers' and Handicraft Service Centres. They help you register as a seller on the spot, list your first products and answer questions about orders, payments and bids. Buyers are welcome to tell us what they need.",
    startsAt, endsAt: new Date(startsAt.getTime() + 7 * HOUR_MS), audiences, capacity, createdById, createdAt: new Date(startsAt.getTime() - 30 * DAY_MS),
  };
}
