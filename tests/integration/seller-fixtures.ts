import { expect } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/actor";
import type { ActionContext } from "@/lib/auth/context";
import type { Db } from "@/lib/db/client";
import { buildGstin } from "@/lib/sellers/identifiers";
import type { SellerRegistration } from "@/lib/sellers/registration-schema";
import type { SellerProfileInput } from "@/lib/sellers/seller-profile-schema";

// Shared by the seller integration tests (not a test file itself).

let sequence = 0;

// A PAN of the holder type given (4th letter) that no seeded seller has: seeded PANs never start with "Q".
export function uniquePan(holderCode = "P"): string {
  sequence += 1;
  const serial = (Date.now() % 10_000) * 100 + sequence;
  const letters = String.fromCharCode(65 + (serial % 26), 65 + (Math.floor(serial / 26) % 26));
  return `Q${letters}${holderCode}T${String(serial % 10_000).padStart(4, "0")}K`;
}

export async function placeIn(db: Db, stateCode = "MP") {
  const state = await db.state.findUniqueOrThrow({ where: { code: stateCode }, select: { id: true, gstCode: true } });
  const block = await db.block.findFirstOrThrow({ where: { district: { stateId: state.id } }, select: { id: true, districtId: true } });
  return { stateId: state.id, districtId: block.districtId, blockId: block.id, gstCode: state.gstCode };
}

export async function profileInput(db: Db, overrides: Partial<SellerProfileInput> = {}): Promise<SellerProfileInput> {
  const place = await placeIn(db);
  const pan = overrides.pan ?? uniquePan();
  return {
    legalName: "Test Enterprises",
    entityType: "PROPRIETORSHIP",
    pan,
    gstin: buildGstin(place.gstCode, pan),
    udyamNumber: `UDYAM-MP-07-${String(sequence).padStart(7, "0")}`,
    mseClass: "MICRO",
    isWomenOwned: false,
    isScStOwned: false,
    isStartup: false,
    isShg: false,
    isArtisan: false,
    isWeaver: false,
    isCooperative: false,
    isProducerCompany: false,
    addressLine: "12 Main Road",
    pincode: "462016",
    stateId: place.stateId,
    districtId: place.districtId,
    blockId: place.blockId,
    bankAccountName: "Test Enterprises",
    bankAccountNumber: "12345678901",
    ifsc: "SBIN0001234",
    ...overrides,
  };
}

export async function registrationInput(db: Db, overrides: Partial<SellerRegistration> = {}): Promise<SellerRegistration> {
  return {
    ...(await profileInput(db, overrides)),
    contactName: "Asha Verma",
    email: `seller${sequence}.${Date.now()}@example.in`,
    mobile: "9876543210",
    password: "Handloom-2026",
    confirmPassword: "Handloom-2026",
    ...overrides,
  };
}

export async function actorFor(db: Db, email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actor = await loadActor(db, user.id);
  if (!actor) throw new Error(`${email} is not active`);
  return actor;
}

export function contextOf(actor: Actor | null): ActionContext {
  return { actor, ip: "203.0.113.9" };
}

// What a refused use case must leave untouched.
export async function snapshot(db: Db, sellerId?: number) {
  const [sellers, users, gstins, audits, outbox, listings, seller] = await Promise.all([
    db.seller.count(),
    db.user.count(),
    db.sellerGstin.count(),
    db.auditEvent.count(),
    db.emailOutbox.count(),
    db.listing.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
    sellerId ? db.seller.findUnique({ where: { id: sellerId } }) : null,
  ]);
  return { sellers, users, gstins, audits, outbox, listings, seller };
}

// Runs a use case that must be refused with the given error, and checks nothing changed.
export async function expectRefusedUnchanged(db: Db, run: () => Promise<unknown>, errorClass: new (...args: never[]) => Error, sellerId?: number) {
  const before = await snapshot(db, sellerId);
  await expect(run()).rejects.toBeInstanceOf(errorClass);
  expect(await snapshot(db, sellerId)).toEqual(before);
}
