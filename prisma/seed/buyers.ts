import type { OrganisationType, Role } from "../../lib/db/generated/enums";
import {
  CENTRAL_ORGANISATION_PATTERNS,
  STATE_ORGANISATION_PATTERNS,
  type Placement,
} from "./buyer-catalogue";
import { addAuditEvent } from "./audit-events";
import { findDemoAccount } from "./demo-accounts";
import { BUYER_DESIGNATIONS, DEMO_MAIL_DOMAIN, STATE_WEIGHT, generateEmail, generatePerson, generatePincode, generateStreet, generateVillage, slugify } from "./names";
import { Random, WeightedPicker } from "./random";
import { DAY_MS, MIN_ORGANISATIONS, SIZE_PER_SCALE, istDateMs, scaledCount } from "./seed-config";
import type { DistrictRef, ReferenceData, SeedContext, StaffRef, StateRef } from "./seed-context";
import { addUser } from "./users";

// Buyer organisations under central ministries (offices, PSUs, autonomous bodies) and under
// state departments (offices, local bodies, panchayati raj institutions), each with one
// office and four users: the head of office (primary user), a buyer, a consignee and a
// paying authority (DDO).

export type BuyerOrganisation = {
  id: number;
  name: string;
  stateId: number | null; // null: a central buyer (seed 003)
  ministryId: number | null;
  officeId: number;
  officeStateId: number;
  deliveryAddress: string;
  buyerUserId: number;
  consigneeUserId: number;
  payingUserId: number;
  primaryUserId: number;
  createdAtMs: number;
  weight: number;
};

export type BuyerIndex = {
  organisations: BuyerOrganisation[];
  demo: BuyerOrganisation;
  // Verified organisations only: the ones that place orders.
  centralByOfficeState: Map<number, { organisations: BuyerOrganisation[]; picker: WeightedPicker }>;
  stateByState: Map<number, { organisations: BuyerOrganisation[]; picker: WeightedPicker }>;
};

type Draft = {
  name: string;
  type: OrganisationType;
  departmentId: number;
  state: StateRef; // where the office is
  district: DistrictRef;
  isCentral: boolean;
  ministryId: number | null;
  emailDomain: string;
};

const EARLIEST_MS = istDateMs(2017, 9, 1);
const LATEST_VERIFIED_MS = istDateMs(2023, 3, 1);

export async function insertBuyers(ctx: SeedContext, reference: ReferenceData, staff: StaffRef): Promise<BuyerIndex> {
  const random = ctx.random.fork("buyers");
  const count = scaledCount(SIZE_PER_SCALE.organisations, ctx.scale, MIN_ORGANISATIONS);
  const stateWeights = reference.states.map((state) => STATE_WEIGHT[state.code] ?? 0.1);
  const taken = new Set<string>();
  const organisations: BuyerOrganisation[] = [];
  const verified: BuyerOrganisation[] = [];

  const demo = insertOrganisation(ctx, random, staff, demoDraft(reference), taken, { isVerified: true, isDemo: true });
  organisations.push(demo);
  verified.push(demo);

  for (let index = 1; index < count; index++) {
    // The first organisations put a state buyer and a central office in every state, so even
    // the smallest scale has buyers everywhere a seller might deliver.
    const states = reference.states;
    const isCentral = index <= states.length ? true : index <= 2 * states.length ? false : random.chance(0.4);
    const coverState = index <= 2 * states.length ? states[(index - 1) % states.length] : undefined;
    const state = coverState ?? (states[random.weightedIndex(isCentral ? centralWeights(states, stateWeights) : stateWeights)] as StateRef);
    const draft = isCentral ? centralDraft(random, reference, state, taken) : stateDraft(random, reference, state, taken);
    const isVerified = coverState !== undefined || random.chance(0.97);
    const organisation = insertOrganisation(ctx, random, staff, draft, taken, { isVerified, isDemo: false });
    organisations.push(organisation);
    if (isVerified) verified.push(organisation);
    await ctx.writer.flushIfFull();
  }
  return { organisations, demo, ...indexVerified(verified) };
}

// Central offices cluster in Delhi.
function centralWeights(states: StateRef[], stateWeights: number[]): number[] {
  return states.map((state, index) => (stateWeights[index] ?? 0.1) * (state.code === "DL" ? 12 : 1));
}

function demoDraft(reference: ReferenceData): Draft {
  const state = reference.stateByCode.get("MP");
  const district = state?.districts.find((candidate) => candidate.name === "Bhopal");
  const health = state ? reference.stateDepartments.get(state.id)?.get("health") : undefined;
  if (!state || !district || !health) throw new Error("Madhya Pradesh, Bhopal and its health department must exist");
  return {
    name: "Directorate of Health Services", type: "STATE_DEPARTMENT", departmentId: health.id, state, district,
    isCentral: false, ministryId: null, emailDomain: `health.mp.${DEMO_MAIL_DOMAIN}`,
  };
}

function fillName(random: Random, pattern: string, state: StateRef, district: DistrictRef, placement: Placement): string {
  const block = random.pick(district.blocks);
  const place = placement === "village" ? `${generateVillage(random)}, ${block.name}` : block.name;
  return pattern.replace("{state}", state.name).replace("{district}", district.name).replace("{block}", place).replace("{village}", place);
}

function uniqueName(taken: Set<string>, departmentId: number, name: string): string {
  let candidate = name;
  for (let unit = 2; taken.has(`${departmentId}/${candidate}`); unit++) candidate = `${name} (Unit ${unit})`;
  return candidate;
}

function centralDraft(random: Random, reference: ReferenceData, state: StateRef, taken: Set<string>): Draft {
  const pattern = random.weighted(CENTRAL_ORGANISATION_PATTERNS.map((candidate) => [candidate, candidate.weight] as const));
  const ministry = reference.ministryByShort.get(pattern.ministry);
  const department = pattern.department
    ? ministry?.departments.find((candidate) => candidate.name === pattern.department)
    : (ministry?.ownDepartment ?? ministry?.departments[0]);
  if (!ministry || !department) throw new Error(`Unknown ministry or department in pattern "${pattern.name}"`);
  const district = random.pick(state.districts);
  const name = uniqueName(taken, department.id, fillName(random, pattern.name, state, district, pattern.placement));
  return { name, type: pattern.type, departmentId: department.id, state, district, isCentral: true, ministryId: ministry.id, emailDomain: `${slugify(ministry.short)}.${DEMO_MAIL_DOMAIN}` };
}

function stateDraft(random: Random, reference: ReferenceData, state: StateRef, taken: Set<string>): Draft {
  const departments = reference.stateDepartments.get(state.id);
  for (let attempt = 0; ; attempt++) {
    const pattern = random.weighted(STATE_ORGANISATION_PATTERNS.map((candidate) => [candidate, candidate.weight] as const));
    const department = departments?.get(pattern.department);
    if (!department) throw new Error(`No ${pattern.department} department in ${state.name}`);
    const district = pattern.placement === "capital" ? state.districts[0] : random.pick(state.districts);
    if (!district) throw new Error(`${state.name} has no districts`);
    const filled = fillName(random, pattern.name, state, district, pattern.placement);
    // A state has one directorate of each kind: draw another pattern rather than number it.
    if (pattern.placement === "capital" && taken.has(`${department.id}/${filled}`) && attempt < 20) continue;
    return {
      name: uniqueName(taken, department.id, filled), type: pattern.type, departmentId: department.id, state, district,
      isCentral: false, ministryId: null, emailDomain: `${pattern.department}.${state.code.toLowerCase()}.${DEMO_MAIL_DOMAIN}`,
    };
  }
}

const BUYER_ROLES: readonly { role: Role; demoEmail: string }[] = [
  { role: "PRIMARY_BUYER", demoEmail: "head@kraya.demo" },
  { role: "BUYER", demoEmail: "buyer@kraya.demo" },
  { role: "CONSIGNEE", demoEmail: "consignee@kraya.demo" },
  { role: "PAYING_AUTHORITY", demoEmail: "paying@kraya.demo" },
];

function insertOrganisation(
  ctx: SeedContext,
  random: Random,
  staff: StaffRef,
  draft: Draft,
  taken: Set<string>,
  { isVerified, isDemo }: { isVerified: boolean; isDemo: boolean },
): BuyerOrganisation {
  const { tables } = ctx;
  taken.add(`${draft.departmentId}/${draft.name}`);
  const createdAtMs = isVerified ? random.int(EARLIEST_MS, LATEST_VERIFIED_MS) : ctx.nowMs - random.int(2, 40) * DAY_MS;
  const verifierId = draft.isCentral ? staff.nationalAdminIds[0] : staff.stateAdminIdByState.get(draft.state.id);
  const verifiedAtMs = isVerified ? createdAtMs + random.int(1, 10) * DAY_MS : null;
  const id = tables.organisation.nextId();
  tables.organisation.push({
    id, name: draft.name, type: draft.type, departmentId: draft.departmentId, stateId: draft.isCentral ? null : draft.state.id,
    emailDomain: draft.emailDomain, verificationStatus: isVerified ? "VERIFIED" : "PENDING",
    verifiedAt: verifiedAtMs, verifiedById: isVerified ? (verifierId ?? null) : null, createdAt: createdAtMs,
  });
  if (verifiedAtMs !== null) {
    addAuditEvent(ctx, {
      actorUserId: verifierId ?? null, action: "organisation.verified", entityType: "BuyerOrganisation", entityId: id, atMs: verifiedAtMs,
      after: { verificationStatus: "VERIFIED" }, organisationId: id, place: { stateId: draft.isCentral ? null : draft.state.id, districtId: draft.district.id },
    });
  }

  const block = random.pick(draft.district.blocks);
  const addressLine = isDemo ? "Satpura Bhawan, Arera Hills, Bhopal" : `${generateStreet(random)}, ${draft.district.name}`;
  const pincode = isDemo ? "462004" : generatePincode(random, draft.state, draft.district);
  const officeId = tables.office.nextId();
  tables.office.push({ id: officeId, organisationId: id, name: "Main Office", addressLine, pincode, stateId: draft.state.id, districtId: draft.district.id, blockId: block.id });

  const userIds = BUYER_ROLES.map(({ role, demoEmail }) => {
    const person = generatePerson(random, ctx.data.people, draft.state);
    const designations = BUYER_DESIGNATIONS[role as keyof typeof BUYER_DESIGNATIONS];
    return addUser(ctx, {
      email: isDemo ? demoEmail : (userId) => generateEmail(person, userId, draft.emailDomain),
      name: isDemo ? findDemoAccount(demoEmail).name : person.full,
      designation: isDemo && role === "PRIMARY_BUYER" ? "Director of Health Services" : random.pick(designations),
      role, createdAtMs, stateCode: draft.state.code, organisationId: id, officeId, isDemo,
    });
  });
  const [primaryUserId = 0, buyerUserId = 0, consigneeUserId = 0, payingUserId = 0] = userIds;
  return {
    id, name: draft.name, stateId: draft.isCentral ? null : draft.state.id, ministryId: draft.ministryId, officeId, officeStateId: draft.state.id,
    deliveryAddress: `${draft.name}, ${addressLine}, ${draft.state.name} ${pincode}`,
    buyerUserId, consigneeUserId, payingUserId, primaryUserId, createdAtMs,
    // The demo organisation buys often, so its dashboards are full at every scale.
    weight: isDemo ? 6 : random.logNormal(1, 0.9),
  };
}

function indexVerified(verified: BuyerOrganisation[]): Pick<BuyerIndex, "centralByOfficeState" | "stateByState"> {
  const group = (key: (organisation: BuyerOrganisation) => number | null) => {
    const lists = new Map<number, BuyerOrganisation[]>();
    for (const organisation of verified) {
      const stateId = key(organisation);
      if (stateId === null) continue;
      const list = lists.get(stateId) ?? [];
      list.push(organisation);
      lists.set(stateId, list);
    }
    return new Map([...lists].map(([stateId, organisations]) => [stateId, { organisations, picker: new WeightedPicker(organisations.map((o) => o.weight)) }]));
  };
  return {
    centralByOfficeState: group((organisation) => (organisation.stateId === null ? organisation.officeStateId : null)),
    stateByState: group((organisation) => organisation.stateId),
  };
}
