import type { LegalEntityType, MseClass } from "../../lib/db/generated/enums";
import type { PeopleData } from "./data-files";
import { BUSINESS_STEMS, generatePerson, generateVillage, type PersonName } from "./names";
import type { Random } from "./random";
import type { StateRef } from "./seed-context";

// Who sells: the mix of seller kinds, their legal forms and names, in the proportions the
// brief and the seeds give (about 20 % MSE; SHGs 8 %, weavers 6 %, artisans 6 %,
// cooperatives 3 %, producer companies 2 %; women-owned 15 %, SC/ST-owned 5 %, startups 4 %).

export type SellerKind = "GENERAL" | "SHG" | "WEAVER" | "ARTISAN" | "COOPERATIVE" | "PRODUCER_COMPANY";

export const SELLER_KIND_SHARE: readonly (readonly [SellerKind, number])[] = [
  ["GENERAL", 75],
  ["SHG", 8],
  ["WEAVER", 6],
  ["ARTISAN", 6],
  ["COOPERATIVE", 3],
  ["PRODUCER_COMPANY", 2],
];

// Udyam-registered share per kind; weighted by the kind shares this gives about 20 %.
const UDYAM_SHARE: Record<SellerKind, number> = { GENERAL: 0.24, SHG: 0.05, WEAVER: 0.15, ARTISAN: 0.2, COOPERATIVE: 0.1, PRODUCER_COMPANY: 0.3 };

// Where each kind is concentrated, on top of population: the handloom belts, the craft
// states, and the states whose rural livelihood missions brought SHGs to the SARAS collection.
const KIND_STATE_BOOST: Partial<Record<SellerKind, Record<string, number>>> = {
  WEAVER: { AS: 6, WB: 4, TN: 4, AP: 3, OD: 4, MP: 2, UP: 2, MN: 5, TS: 3, KL: 2, NL: 3, TR: 3 },
  ARTISAN: { RJ: 4, UP: 2, GJ: 3, WB: 2, OD: 3, JK: 4, BR: 2, KA: 2, CG: 3 },
  SHG: { OD: 4, AP: 3, BR: 3, MP: 3, KL: 3, JH: 3, TS: 3, CG: 3, AS: 2, MZ: 3 },
};

// The kind of seller at a point u in [0, 1): the shares laid end to end.
export function sellerKindAt(u: number): SellerKind {
  const total = SELLER_KIND_SHARE.reduce((sum, [, share]) => sum + share, 0);
  let edge = 0;
  for (const [kind, share] of SELLER_KIND_SHARE) {
    edge += share / total;
    if (u < edge) return kind;
  }
  return "GENERAL";
}

export function stateWeightForKind(kind: SellerKind, stateCode: string, base: number): number {
  return base * (KIND_STATE_BOOST[kind]?.[stateCode] ?? 1);
}

export type SellerProfile = {
  kind: SellerKind;
  entityType: LegalEntityType;
  legalName: string;
  tradeName: string | null;
  person: PersonName; // the proprietor, managing partner, SHG president or society secretary
  panInitialFrom: string;
  mseClass: MseClass | null;
  isWomenOwned: boolean;
  isScStOwned: boolean;
  isStartup: boolean;
  designation: string;
};

const HINDI_NAMES = new Set(["UP", "MP", "BR", "RJ", "HR", "CG", "JH", "UK", "HP", "DL"]);

// udyamDraw is a point in [0, 1) from a low-discrepancy sequence (see sellers.ts).
export function draftSellerProfile(random: Random, people: PeopleData, state: StateRef, kind: SellerKind, blockName: string, udyamDraw: number): SellerProfile {
  const isUdyam = udyamDraw < UDYAM_SHARE[kind];
  const mseClass: MseClass | null = isUdyam ? random.weighted([["MICRO", 70], ["SMALL", 25], ["MEDIUM", 5]] as const) : null;
  const isSpecial = kind !== "GENERAL";
  const isScStOwned = random.chance(isSpecial ? 0.1 : 0.035);
  const base = { kind, mseClass, isScStOwned };
  const stem = random.pick(BUSINESS_STEMS);

  if (kind === "SHG") {
    const person = generatePerson(random, people, state, 1);
    const shgStem = random.pick(people.shgNameStems);
    const legalName = HINDI_NAMES.has(state.code) ? `${shgStem} Mahila Swayam Sahayata Samuh, ${generateVillage(random)}` : `${shgStem} Women's Self Help Group, ${blockName}`;
    // Nearly all SHGs under DAY-NRLM are women's groups.
    return { ...base, entityType: "SELF_HELP_GROUP", legalName, tradeName: null, person, panInitialFrom: legalName, isWomenOwned: random.chance(0.95), isStartup: false, designation: "President" };
  }
  const person = generatePerson(random, people, state, kind === "GENERAL" ? 0.12 : 0.3);
  const isWomenOwned = person.isWoman && random.chance(kind === "GENERAL" ? 0.7 : 0.5);
  const owned = { ...base, person, isWomenOwned };
  switch (kind) {
    case "WEAVER":
    case "ARTISAN": {
      const craft = kind === "WEAVER" ? random.pick(["Handloom", "Handlooms", "Weaves", "Tant Ghar"]) : random.pick(["Handicrafts", "Crafts", "Kala Kendra", "Shilp"]);
      const entityType: LegalEntityType = random.chance(0.65) ? "INDIVIDUAL" : "PROPRIETORSHIP";
      return { ...owned, entityType, legalName: person.full, tradeName: `${random.chance(0.5) ? person.last : person.first} ${craft}`, panInitialFrom: person.last, isStartup: false, designation: "Proprietor" };
    }
    case "COOPERATIVE": {
      const legalName = `${blockName} ${random.pick(people.cooperativeStems)} ${HINDI_NAMES.has(state.code) ? "Maryadit" : "Ltd"}`;
      return { ...owned, entityType: "COOPERATIVE_SOCIETY", legalName, tradeName: null, panInitialFrom: legalName, isStartup: false, designation: "Secretary" };
    }
    case "PRODUCER_COMPANY": {
      const legalName = `${blockName} ${random.pick(["Kisan", "Farmer", "Agro", "Tribal", "Mahila Kisan"])} Producer Company Limited`;
      return { ...owned, entityType: "PRODUCER_COMPANY", legalName, tradeName: null, panInitialFrom: legalName, isStartup: false, designation: "Chief Executive Officer" };
    }
    default:
      return { ...owned, ...draftBusiness(random, people, person, stem) };
  }
}

function draftBusiness(random: Random, people: PeopleData, person: PersonName, stem: string) {
  const isStartup = random.chance(0.053);
  const entityType: LegalEntityType = isStartup
    ? random.weighted([["PRIVATE_LIMITED", 80], ["LLP", 20]] as const)
    : random.weighted([["PROPRIETORSHIP", 45], ["PARTNERSHIP", 12], ["LLP", 8], ["PRIVATE_LIMITED", 28], ["PUBLIC_LIMITED", 3], ["HUF", 2], ["TRUST", 1], ["SOCIETY", 1]] as const);
  const suffix = random.pick(people.businessSuffixes.filter((candidate) => candidate !== "Pvt Ltd" && candidate !== "LLP"));
  const tech = random.pick(["Solutions", "Technologies", "Industries", "Enterprises", "Infra", "Systems"]);
  switch (entityType) {
    case "PROPRIETORSHIP":
      return { entityType, legalName: `${person.last} ${suffix}`, tradeName: random.chance(0.4) ? `${stem} ${suffix}` : null, panInitialFrom: person.last, isStartup, designation: "Proprietor" };
    case "HUF":
      return { entityType, legalName: `${person.full} (HUF)`, tradeName: `${person.last} ${suffix}`, panInitialFrom: person.last, isStartup, designation: "Karta" };
    case "PARTNERSHIP":
      return { entityType, legalName: `${stem} ${random.pick(["Brothers", "& Sons", "Associates", "Agencies", "Traders"])}`, tradeName: null, panInitialFrom: stem, isStartup, designation: "Managing Partner" };
    case "LLP":
      return { entityType, legalName: `${stem} ${tech} LLP`, tradeName: `${stem} ${tech}`, panInitialFrom: stem, isStartup, designation: "Designated Partner" };
    case "PRIVATE_LIMITED":
      return { entityType, legalName: `${stem} ${tech} Private Limited`, tradeName: `${stem} ${tech}`, panInitialFrom: stem, isStartup, designation: "Director" };
    case "PUBLIC_LIMITED":
      return { entityType, legalName: `${stem} ${tech} Limited`, tradeName: `${stem} ${tech}`, panInitialFrom: stem, isStartup, designation: "Company Secretary" };
    case "TRUST":
      return { entityType, legalName: `${stem} Gramin Vikas Trust`, tradeName: null, panInitialFrom: stem, isStartup, designation: "Managing Trustee" };
    default:
      return { entityType, legalName: `${stem} Jan Kalyan Samiti`, tradeName: null, panInitialFrom: stem, isStartup, designation: "Secretary" };
  }
}
