import type { ServiceCentreKind } from "../../lib/db/generated/enums";
import { findDemoAccount, isDemoAccount } from "./demo-accounts";
import { DEMO_MAIL_DOMAIN, generateEmail, generatePerson, slugify } from "./names";
import { istDateMs } from "./seed-config";
import type { ReferenceData, SeedContext, StaffRef, StateRef } from "./seed-context";
import { addUser } from "./users";

// The officials: national, state and district admins who verify and watch, and facilitators
// at Handicraft and Weavers' Service Centres and State Rural Livelihood Missions who register
// artisans, weavers and SHGs on their behalf (domain.md, "Field facilitators").
// Staff are the same at every scale: they are the organisation, not the market.

const STAFF_SINCE_MS = istDateMs(2017, 8, 9); // GeM's launch

const NATIONAL_STAFF = [
  { first: "Arun", last: "Mehra", designation: "Director, Seller Onboarding" },
  { first: "Shalini", last: "Saxena", designation: "Director, Catalogue Management" },
  { first: "Prakash", last: "Iyer", designation: "Joint Director, Outreach (GeM Samvaad)" },
];

export function insertStaff(ctx: SeedContext, reference: ReferenceData): StaffRef {
  const nationalAdminIds = insertNationalAdmins(ctx);
  const stateAdminIdByState = new Map<number, number>();
  for (const state of reference.states) stateAdminIdByState.set(state.id, insertStateAdmins(ctx, state));
  return { nationalAdminIds, stateAdminIdByState, facilitators: insertServiceCentres(ctx, reference) };
}

function insertNationalAdmins(ctx: SeedContext): number[] {
  const demo = findDemoAccount("admin@kraya.demo");
  const admin = { role: "ADMIN", createdAtMs: STAFF_SINCE_MS, stateCode: "DL", admin: { scope: "NATIONAL" } } as const;
  const ids = [addUser(ctx, { ...admin, email: demo.email, name: demo.name, designation: "Deputy CEO, Market Operations", isDemo: true })];
  for (const person of NATIONAL_STAFF) {
    const name = { first: person.first, last: person.last, full: `${person.first} ${person.last}`, isWoman: false };
    ids.push(addUser(ctx, { ...admin, email: (id) => generateEmail(name, id, DEMO_MAIL_DOMAIN), name: name.full, designation: person.designation }));
  }
  return ids;
}

// One admin per state (admin.<code>@kraya.demo; Madhya Pradesh's and Bihar's are demo accounts), and
// district and block admins in Madhya Pradesh so the district and block dashboards have users.
function insertStateAdmins(ctx: SeedContext, state: StateRef): number {
  const email = `admin.${state.code.toLowerCase()}@${DEMO_MAIL_DOMAIN}`;
  const isDemo = isDemoAccount(email);
  const base = { role: "ADMIN", createdAtMs: STAFF_SINCE_MS, stateCode: state.code } as const;
  const stateAdminId = addUser(ctx, {
    ...base, email, name: isDemo ? findDemoAccount(email).name : generatePerson(ctx.random, ctx.data.people, state).full,
    designation: "State Nodal Officer", admin: { scope: "STATE", stateId: state.id }, isDemo,
  });
  if (state.code !== "MP") return stateAdminId;
  for (const district of state.districts) {
    addUser(ctx, {
      ...base, email: `admin.mp.${slugify(district.name)}@${DEMO_MAIL_DOMAIN}`, name: generatePerson(ctx.random, ctx.data.people, state).full,
      designation: "District Nodal Officer", admin: { scope: "DISTRICT", stateId: state.id, districtId: district.id },
    });
  }
  for (const block of state.districts[0]?.blocks ?? []) {
    addUser(ctx, {
      ...base, email: `admin.mp.block.${slugify(block.name)}@${DEMO_MAIL_DOMAIN}`, name: generatePerson(ctx.random, ctx.data.people, state).full,
      designation: "Block Coordinator", admin: { scope: "BLOCK", stateId: state.id, districtId: block.districtId, blockId: block.id },
    });
  }
  return stateAdminId;
}

// 28 Weavers' Service Centres and 56 Handicraft Service Centres (the seeds' numbers), and an
// SRLM in every state; one trained facilitator at each.
function insertServiceCentres(ctx: SeedContext, reference: ReferenceData): StaffRef["facilitators"] {
  const random = ctx.random.fork("service-centres");
  const facilitators: StaffRef["facilitators"] = [];

  const addCentre = (kind: ServiceCentreKind, name: string, state: StateRef, districtId: number, demoEmail?: string) => {
    const centreId = ctx.tables.serviceCentre.nextId();
    ctx.tables.serviceCentre.push({ id: centreId, name, kind, stateId: state.id, districtId });
    const person = generatePerson(random, ctx.data.people, state);
    const userId = addUser(ctx, {
      email: demoEmail ?? ((id) => generateEmail(person, id, DEMO_MAIL_DOMAIN)),
      name: demoEmail ? findDemoAccount(demoEmail).name : person.full,
      designation: kind === "STATE_RURAL_LIVELIHOOD_MISSION" ? "District Project Manager" : "Assistant Director",
      role: "FACILITATOR", createdAtMs: STAFF_SINCE_MS, stateCode: state.code, serviceCentreId: centreId, isDemo: demoEmail !== undefined,
    });
    facilitators.push({ userId, stateId: state.id, kind });
  };

  for (const state of reference.states.filter((candidate) => candidate.kind === "STATE")) {
    // Madhya Pradesh's Weavers' Service Centre is at Indore, the demo facilitator's post.
    const isMp = state.code === "MP";
    const wscDistrict = isMp ? state.districts.find((district) => district.name === "Indore") : random.pick(state.districts);
    if (!wscDistrict) throw new Error(`No district for the ${state.name} Weavers' Service Centre`);
    addCentre("WEAVERS_SERVICE_CENTRE", `Weavers' Service Centre, ${wscDistrict.name}`, state, wscDistrict.id, isMp ? "facilitator@kraya.demo" : undefined);
    for (const district of random.sample(state.districts, 2)) {
      addCentre("HANDICRAFT_SERVICE_CENTRE", `Handicraft Service Centre, ${district.name}`, state, district.id);
    }
    const capital = state.districts[0];
    if (capital) addCentre("STATE_RURAL_LIVELIHOOD_MISSION", `${state.name} State Rural Livelihood Mission`, state, capital.id);
  }
  return facilitators;
}
