import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { authenticateApiKey, issueApiKey, revokeApiKey } from "@/lib/api-keys/api-keys";
import { FieldValidationError, ForbiddenError } from "@/lib/errors";
import { onboardRegistrySellers } from "@/lib/registry/onboard-registry-sellers";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { shgPan, shgRow } from "../factories/registry-rows";
import { createUser } from "../factories/users";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const ip = "192.0.2.10";

async function placeInMadhyaPradesh() {
  const block = await database().db.block.findFirstOrThrow({ where: { district: { state: { code: "MP" } } }, include: { district: { include: { state: true } } } });
  return { stateCode: "MP", gstCode: block.district.state.gstCode, district: block.district.name, block: block.name };
}

async function issueKey(name = "NRLM production") {
  const admin = await createUser(database().db, { roles: ["ADMIN"], adminScope: "NATIONAL" });
  const actor = await loadActor(database().db, admin.id);
  const issued = await issueApiKey(database().db, { actor, ip }, { name });
  return { ...issued, actor };
}

describe("API keys", () => {
  it("authenticates an issued key, and nothing after it is revoked", async () => {
    const { key, id, actor } = await issueKey();
    expect(await authenticateApiKey(database().db, `Bearer ${key}`)).toEqual(expect.objectContaining({ id }));
    const tampered = `${key.slice(0, -1)}${key.endsWith("x") ? "y" : "x"}`;
    expect(await authenticateApiKey(database().db, `Bearer ${tampered}`)).toBeNull();
    expect(await authenticateApiKey(database().db, null)).toBeNull();
    const stored = await database().db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(stored.keyHash).not.toContain(key.slice(15));
    await revokeApiKey(database().db, { actor, ip }, id);
    expect(await authenticateApiKey(database().db, `Bearer ${key}`)).toBeNull();
  });

  it("lets only a national admin issue keys", async () => {
    const stateAdmin = await createUser(database().db, { roles: ["ADMIN"], adminScope: "STATE", stateId: 1 });
    const seller = await createUser(database().db, { roles: ["SELLER_ADMIN"] });
    const before = await database().db.apiKey.count();
    for (const user of [stateAdmin, seller]) {
      await expect(issueApiKey(database().db, { actor: await loadActor(database().db, user.id), ip }, { name: "Rogue key" })).rejects.toThrow(ForbiddenError);
    }
    await expect(issueApiKey(database().db, { actor: null, ip }, { name: "Rogue key" })).rejects.toThrow();
    expect(await database().db.apiKey.count()).toBe(before);
  });
});

describe("bulk onboarding from a registry", () => {
  it("onboards 1,000 SHGs in one call, and the same batch again changes nothing", async () => {
    const place = await placeInMadhyaPradesh();
    const { key } = await issueKey();
    const apiKey = await authenticateApiKey(database().db, `Bearer ${key}`);
    if (!apiKey) throw new Error("key not accepted");
    const sellers = Array.from({ length: 1000 }, (_, serial) => shgRow(serial, place, "T"));

    const first = await onboardRegistrySellers(database().db, apiKey, ip, { registry: "NRLM", sellers });
    expect(first.counts).toEqual({ created: 1000, updated: 0, unchanged: 0, invalid: 0 });
    const stored = await database().db.seller.findFirstOrThrow({ where: { registrySource: "NRLM", registryId: sellers[5]?.registryId }, include: { gstins: true, users: { include: { roles: true } } } });
    expect(stored).toEqual(expect.objectContaining({ isShg: true, isWomenOwned: true, verificationStatus: "PENDING", profileCompleteness: 100 }));
    expect(stored.gstins).toHaveLength(1);
    expect(stored.users[0]?.roles.map((role) => role.role)).toEqual(["SELLER_ADMIN"]);
    const audit = await database().db.auditEvent.findFirstOrThrow({ where: { entityType: "Seller", entityId: String(stored.id) } });
    expect(audit).toEqual(expect.objectContaining({ action: "seller.registeredFromRegistry", actorRole: "API_KEY", ip, sellerId: stored.id }));

    const counts = { sellers: await database().db.seller.count(), audit: await database().db.auditEvent.count() };
    const again = await onboardRegistrySellers(database().db, apiKey, ip, { registry: "NRLM", sellers });
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 1000, invalid: 0 });
    expect({ sellers: await database().db.seller.count(), audit: await database().db.auditEvent.count() }).toEqual(counts);
  });

  it("stores the good records of a partly bad batch and reports each bad one by field", async () => {
    const place = await placeInMadhyaPradesh();
    const { key } = await issueKey();
    const apiKey = await authenticateApiKey(database().db, `Bearer ${key}`);
    if (!apiKey) throw new Error("key not accepted");
    const good = shgRow(1, place, "U");
    const badGstin = { ...shgRow(2, place, "U"), gstin: `${shgRow(2, place, "U").gstin ?? ""}`.replace(/.$/, "0") || "23AAAAA0000A1Z0" };
    const batch = [
      good,
      { ...shgRow(3, place, "U"), pan: "ABCPE1234F", gstin: undefined },
      badGstin,
      { ...shgRow(4, place, "U"), district: "Atlantis" },
      { ...shgRow(5, place, "U"), ifsc: "SBIN1234567" },
      { ...shgRow(6, place, "U"), registryId: good.registryId },
      "not an object",
    ];
    const outcome = await onboardRegistrySellers(database().db, apiKey, ip, { registry: "NRLM", sellers: batch });
    expect(outcome.results.map((result) => result.status)).toEqual(["created", "invalid", "invalid", "invalid", "invalid", "invalid", "invalid"]);
    expect(outcome.results[1]?.errors).toEqual({ pan: "sellers.errors.panEntity.A" });
    expect(Object.keys(outcome.results[2]?.errors ?? {})).toEqual(["gstin"]);
    expect(outcome.results[3]?.errors).toEqual({ district: "registry.errors.unknownDistrict" });
    expect(outcome.results[4]?.errors).toEqual({ ifsc: "sellers.errors.ifsc" });
    expect(outcome.results[5]?.errors).toEqual({ registryId: "registry.errors.duplicateInBatch" });
    expect(await database().db.seller.count({ where: { pan: { in: [3, 4, 5].map((serial) => shgPan(serial, "U")) } } })).toBe(0);
  });

  it("updates a record sent again with changes, and records before and after", async () => {
    const place = await placeInMadhyaPradesh();
    const { key } = await issueKey();
    const apiKey = await authenticateApiKey(database().db, `Bearer ${key}`);
    if (!apiKey) throw new Error("key not accepted");
    const row = shgRow(7, place, "V");
    await onboardRegistrySellers(database().db, apiKey, ip, { registry: "NRLM", sellers: [row] });
    const changed = await onboardRegistrySellers(database().db, apiKey, ip, { registry: "NRLM", sellers: [{ ...row, legalName: "Jai Maa Durga Mahila SHG", contactName: "Geeta Bai" }] });
    expect(changed.counts.updated).toBe(1);
    const audit = await database().db.auditEvent.findFirstOrThrow({ where: { action: "seller.updatedFromRegistry", sellerId: changed.results[0]?.sellerId } });
    expect(audit.before).toEqual({ legalName: row.legalName, contactName: "Sunita Devi" });
    expect(audit.after).toEqual({ legalName: "Jai Maa Durga Mahila SHG", contactName: "Geeta Bai" });
  });

  it("refuses a malformed envelope or more than 1,000 records as a whole", async () => {
    const { key } = await issueKey();
    const apiKey = await authenticateApiKey(database().db, `Bearer ${key}`);
    if (!apiKey) throw new Error("key not accepted");
    await expect(onboardRegistrySellers(database().db, apiKey, ip, { sellers: [] })).rejects.toThrow(FieldValidationError);
    const tooMany = Array.from({ length: 1001 }, () => ({}));
    await expect(onboardRegistrySellers(database().db, apiKey, ip, { registry: "NRLM", sellers: tooMany })).rejects.toThrow(FieldValidationError);
  });
});
