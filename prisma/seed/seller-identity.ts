import type { LegalEntityType } from "../../lib/db/generated/enums";
import { PAN_CODE_BY_ENTITY_TYPE, buildGstin } from "../../lib/sellers/identifiers";
import type { Random } from "./random";
import { padNumber } from "./seed-config";

// Registration numbers for generated sellers. Each is derived from the seller's id through a
// bijection, so no two sellers ever share a PAN or an Udyam number, and each passes the
// validators in lib/sellers/identifiers.ts (the integration test checks every one).

const PAN_SERIAL_SPACE = 26 ** 3 * 10_000;

// The five serial characters of a PAN (three letters, four digits) from the seller id,
// scrambled by an odd multiplier coprime with the space so neighbours do not look alike.
export function generatePan(random: Random, sellerId: number, entityType: LegalEntityType, nameForInitial: string): string {
  const serial = (sellerId * 7919 + 12_345) % PAN_SERIAL_SPACE;
  let letters = Math.floor(serial / 10_000);
  let prefix = "";
  for (let index = 0; index < 3; index++) {
    prefix = String.fromCharCode(65 + (letters % 26)) + prefix;
    letters = Math.floor(letters / 26);
  }
  // Fifth character: the initial of the surname (individuals) or of the entity's name.
  const initial = /[A-Z]/.exec(nameForInitial.toUpperCase())?.[0] ?? "X";
  return `${prefix}${PAN_CODE_BY_ENTITY_TYPE[entityType]}${initial}${padNumber(serial % 10_000, 4)}${random.letters(1)}`;
}

export function generateGstin(gstStateCode: string, pan: string): string {
  return buildGstin(gstStateCode, pan, 1);
}

// UDYAM-<state>-<district>-<7 digits>, the serial again a bijection of the seller id.
export function generateUdyam(sellerId: number, stateCode: string, districtIndex: number): string {
  const serial = (sellerId * 7919 + 4_711) % 10_000_000;
  return `UDYAM-${stateCode}-${padNumber(districtIndex, 2)}-${padNumber(serial, 7)}`;
}

const BANKS = [
  { code: "SBIN", weight: 30, accountDigits: 11 },
  { code: "PUNB", weight: 8, accountDigits: 16 },
  { code: "BARB", weight: 8, accountDigits: 14 },
  { code: "CNRB", weight: 7, accountDigits: 13 },
  { code: "UBIN", weight: 6, accountDigits: 15 },
  { code: "BKID", weight: 5, accountDigits: 15 },
  { code: "HDFC", weight: 9, accountDigits: 14 },
  { code: "ICIC", weight: 8, accountDigits: 12 },
  { code: "UTIB", weight: 6, accountDigits: 15 },
  { code: "IOBA", weight: 3, accountDigits: 15 },
  { code: "CBIN", weight: 3, accountDigits: 10 },
  { code: "MAHB", weight: 3, accountDigits: 11 },
] as const;

export function generateBankAccount(random: Random): { ifsc: string; accountNumber: string } {
  const bank = random.weighted(BANKS.map((candidate) => [candidate, candidate.weight] as const));
  return {
    ifsc: `${bank.code}0${random.digits(6)}`,
    accountNumber: `${random.int(1, 9)}${random.digits(bank.accountDigits - 1)}`,
  };
}

// DPIIT startup recognition numbers read "DIPP" and a serial.
export function generateDpiitNumber(sellerId: number): string {
  return `DIPP${padNumber(10_000 + ((sellerId * 37) % 190_000), 6)}`;
}

export function generateArtisanCard(stateCode: string, sellerId: number): string {
  return `PEHCHAN-${stateCode}-${padNumber(sellerId % 10_000_000, 7)}`;
}

export function generateWeaverCard(stateCode: string, sellerId: number): string {
  return `WIC-${stateCode}-${padNumber(sellerId % 10_000_000, 7)}`;
}

// NRLM's SHG codes are numeric; the registry id makes bulk onboarding idempotent (domain.md, item 8).
export function generateNrlmShgCode(sellerId: number): string {
  return String(100_000_000 + ((sellerId * 104_729) % 900_000_000));
}
