import { loadActor, type Actor } from "@/lib/auth/actor";
import type { ActionContext } from "@/lib/auth/context";
import type { Db } from "@/lib/db/client";
import type { AdminScope, Role } from "@/lib/db/generated/enums";
import { createUser } from "../factories/users";

// Actors and records for the admin use cases' authorization matrices.

let sequence = 0;

export function contextOf(actor: Actor | null): ActionContext {
  return { actor, ip: "203.0.113.9" };
}

export async function actorByEmail(db: Db, email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actor = await loadActor(db, user.id);
  if (!actor) throw new Error(`${email} is not an active user`);
  return actor;
}

export async function adminActor(db: Db, level: AdminScope, place: { stateId?: number; districtId?: number; blockId?: number } = {}): Promise<Actor> {
  const user = await createUser(db, { roles: ["ADMIN"], adminScope: level, stateId: place.stateId });
  await db.userRole.updateMany({ where: { userId: user.id, role: "ADMIN" }, data: { districtId: place.districtId ?? null, blockId: place.blockId ?? null } });
  return (await loadActor(db, user.id)) as Actor;
}

export async function actorWithRoles(db: Db, roles: Role[], link: { sellerId?: number; organisationId?: number } = {}): Promise<Actor> {
  const user = await createUser(db, { roles });
  await db.user.update({ where: { id: user.id }, data: { sellerId: link.sellerId ?? null, organisationId: link.organisationId ?? null } });
  return (await loadActor(db, user.id)) as Actor;
}

export type PlaceIds = { stateId: number; districtId: number; blockId: number };

// A state with two districts of at least two blocks each: enough for in- and out-of-scope admins.
export async function placesIn(db: Db, stateCode: string) {
  const state = await db.state.findUniqueOrThrow({
    where: { code: stateCode },
    select: { id: true, districts: { orderBy: { id: "asc" }, take: 2, select: { id: true, blocks: { orderBy: { id: "asc" }, take: 2, select: { id: true } } } } },
  });
  const [first, second] = state.districts;
  if (!first || !second || first.blocks.length < 2 || second.blocks.length < 1) throw new Error(`${stateCode} needs two districts with blocks`);
  const place = (districtIndex: 0 | 1, blockIndex: 0 | 1): PlaceIds => {
    const district = state.districts[districtIndex] as (typeof state.districts)[number];
    const block = (district.blocks[blockIndex] ?? district.blocks[0]) as { id: number };
    return { stateId: state.id, districtId: district.id, blockId: block.id };
  };
  return { home: place(0, 0), otherBlock: place(0, 1), otherDistrict: place(1, 0) };
}

// A pending seller with a complete profile and one seller administrator.
export async function createPendingSeller(db: Db, place: PlaceIds, overrides: { profileCompleteness?: number } = {}) {
  sequence += 1;
  const suffix = String(Date.now() % 10_000).padStart(4, "0") + String(sequence).padStart(2, "0");
  const seller = await db.seller.create({
    data: {
      legalName: `Test Handloom Society ${suffix}`,
      entityType: "COOPERATIVE_SOCIETY",
      pan: `AAAAA${suffix.slice(-4)}${String.fromCharCode(65 + (sequence % 26))}`.slice(0, 10),
      addressLine: "12 Weavers' Lane",
      pincode: "462001",
      ...place,
      bankAccountName: "Test Handloom Society",
      bankAccountNumber: "001234567890",
      ifsc: "SBIN0001234",
      isWeaver: true,
      profileCompleteness: overrides.profileCompleteness ?? 100,
    },
  });
  const owner = await actorWithRoles(db, ["SELLER_ADMIN"], { sellerId: seller.id });
  return { seller, owner };
}
