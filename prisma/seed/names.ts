import type { PeopleData } from "./data-files";
import { STREET_NAMES, VILLAGE_PREFIXES, VILLAGE_SUFFIXES } from "./buyer-catalogue";
import type { Random } from "./random";
import type { DistrictRef, StateRef } from "./seed-context";

// People, places and postal codes that look like the state they are in.

const REGION_BY_STATE: Record<string, string> = {
  DL: "north", HR: "north", PB: "north", HP: "north", JK: "north", LA: "north", CH: "north", UK: "north", UP: "north", RJ: "north",
  AP: "south", TS: "south", KA: "south", KL: "south", TN: "south", PY: "south", LD: "south",
  WB: "east", OD: "east", BR: "east", JH: "east", AN: "east",
  MH: "west", GJ: "west", GA: "west", DH: "west",
  AR: "northeast", AS: "northeast", MN: "northeast", ML: "northeast", MZ: "northeast", NL: "northeast", SK: "northeast", TR: "northeast",
  MP: "central", CG: "central",
};

export function regionOfState(code: string): string {
  return REGION_BY_STATE[code] ?? "north";
}

// India Post's first two PIN digits by state (postal circles), so addresses look local.
const PIN_PREFIX: Record<string, string> = {
  AP: "52", AR: "79", AS: "78", BR: "84", CG: "49", GA: "40", GJ: "38", HR: "13", HP: "17", JH: "83", KA: "56",
  KL: "68", MP: "46", MH: "41", MN: "79", ML: "79", MZ: "79", NL: "79", OD: "75", PB: "14", RJ: "30", SK: "73",
  TN: "60", TS: "50", TR: "79", UP: "22", UK: "24", WB: "70", AN: "74", CH: "16", DH: "39", DL: "11", JK: "19",
  LA: "19", LD: "68", PY: "60",
};

export function generatePincode(random: Random, state: StateRef, district: DistrictRef): string {
  const prefix = PIN_PREFIX[state.code] ?? "11";
  return `${prefix}${district.index % 10}${random.digits(3)}`;
}

export type PersonName = { first: string; last: string; full: string; isWoman: boolean };

export function generatePerson(random: Random, people: PeopleData, state: StateRef, womanShare = 0.35): PersonName {
  const isWoman = random.chance(womanShare);
  const first = random.pick(isWoman ? people.firstNames.female : people.firstNames.male);
  const lastNames = people.lastNamesByRegion[state.region] ?? people.lastNamesByRegion.north ?? ["Kumar"];
  const last = random.pick(lastNames);
  return { first, last, full: `${first} ${last}`, isWoman };
}

export function generateVillage(random: Random): string {
  return `${random.pick(VILLAGE_PREFIXES)}${random.pick(VILLAGE_SUFFIXES)}`;
}

export function generateStreet(random: Random): string {
  return random.chance(0.5) ? `${random.int(1, 240)}, ${random.pick(STREET_NAMES)}` : random.pick(STREET_NAMES);
}

// Seeded mailboxes never reach a real person: every address is under kraya.demo, the
// demo accounts' domain (password resets and alerts would otherwise mail strangers).
export const DEMO_MAIL_DOMAIN = "kraya.demo";

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function generateEmail(person: PersonName, userId: number, domain: string): string {
  return `${slugify(person.first)}.${slugify(person.last)}.${userId}@${domain}`;
}

export const BUYER_DESIGNATIONS = {
  PRIMARY_BUYER: ["Head of Office", "Director", "Joint Director", "Superintending Engineer", "Chief Executive Officer", "Principal"],
  BUYER: ["Procurement Officer", "Section Officer", "Assistant Director", "Stores Officer", "Deputy Manager (Purchase)"],
  CONSIGNEE: ["Store Keeper", "Assistant Stores Officer", "Office Superintendent", "Junior Engineer", "Pharmacist"],
  PAYING_AUTHORITY: ["Drawing and Disbursing Officer", "Accounts Officer", "Pay and Accounts Officer", "Finance Officer"],
} as const;

// Rough population shares (Census 2011, in crore): where buyers and sellers are.
export const STATE_WEIGHT: Record<string, number> = {
  UP: 20, MH: 11, BR: 10, WB: 9, MP: 7.3, TN: 7.2, RJ: 6.9, KA: 6.1, GJ: 6, AP: 4.9, OD: 4.2, TS: 3.5, KL: 3.3, JH: 3.3,
  AS: 3.1, PB: 2.8, CG: 2.6, HR: 2.5, DL: 1.7, JK: 1.2, UK: 1, HP: 0.7, TR: 0.4, ML: 0.3, MN: 0.3, NL: 0.2, GA: 0.15,
  AR: 0.14, PY: 0.12, MZ: 0.11, CH: 0.11, SK: 0.06, DH: 0.06, AN: 0.04, LA: 0.03, LD: 0.01,
};

// First words of business names, as seen on shop boards across India.
export const BUSINESS_STEMS = [
  "Shree Ganesh", "Om Sai", "Balaji", "Narmada", "Ganga", "Himalaya", "Sahyadri", "Vindhya", "Kaveri", "Sunrise",
  "Pioneer", "Apex", "Bharat", "Navbharat", "Swastik", "Trishul", "Mahalaxmi", "Jai Hind", "Lotus", "Samarth",
  "Royal", "Modern", "Prime", "Galaxy", "Shakti", "Vishwas", "Annapurna", "Kamdhenu", "Sai Krupa", "Shubham",
  "Surya", "Chandra", "Indus", "Deccan", "Konark", "Ajanta", "Nilgiri", "Brahmaputra", "Satpura", "Aravali",
];
