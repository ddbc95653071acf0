import { describe, expect, it } from "vitest";
import { homePortal, loadActor } from "@/lib/auth/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { SIGN_IN_POLICY } from "@/lib/auth/sign-in-throttle";
import { createUser, TEST_PASSWORD } from "../factories/users";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase();
const at = { ip: "203.0.113.7", wait: async () => {} };

describe("signing in", () => {
  it("accepts the right password, whatever the e-mail's case and spaces", async () => {
    const user = await createUser(database().db, { roles: ["BUYER"] });
    const result = await authenticate(database().db, { email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD }, at);
    expect(result).toEqual({ status: "ok", userId: user.id, name: user.name, email: user.email });
    const after = await database().db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown e-mail, a deactivated user and malformed input alike", async () => {
    const user = await createUser(database().db, { roles: ["BUYER"] });
    const inactive = await createUser(database().db, { roles: ["BUYER"], isActive: false });
    expect(await authenticate(database().db, { email: user.email, password: "wrong" }, at)).toEqual({ status: "invalid" });
    expect(await authenticate(database().db, { email: "nobody@example.gov.in", password: TEST_PASSWORD }, at)).toEqual({ status: "invalid" });
    expect(await authenticate(database().db, { email: inactive.email, password: TEST_PASSWORD }, at)).toEqual({ status: "invalid" });
    expect(await authenticate(database().db, { email: "not-an-email", password: TEST_PASSWORD }, at)).toEqual({ status: "invalid" });
    expect(await authenticate(database().db, null, at)).toEqual({ status: "invalid" });
  });
});

describe("the actor", () => {
  it("carries every role, the admin's scope, and the portal to land on", async () => {
    const buyer = await createUser(database().db, { roles: ["BUYER", "CONSIGNEE"] });
    const actor = await loadActor(database().db, buyer.id);
    expect(actor?.roles.sort()).toEqual(["BUYER", "CONSIGNEE"]);
    expect(actor && homePortal(actor)).toBe("buyer");

    const state = await database().db.state.create({
      data: { code: "KA", gstCode: "29", name: "Karnataka", nameHi: "कर्नाटक", kind: "STATE" },
    });
    const admin = await createUser(database().db, { roles: ["ADMIN"], adminScope: "STATE", stateId: state.id });
    const adminActor = await loadActor(database().db, admin.id);
    expect(adminActor?.adminScope).toEqual({ level: "STATE", stateId: state.id, districtId: null, blockId: null });
    expect(adminActor && homePortal(adminActor)).toBe("admin");
  });

  it("is nobody once deactivated, so an old session stops working", async () => {
    const user = await createUser(database().db, { roles: ["SELLER_ADMIN"] });
    await database().db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await loadActor(database().db, user.id)).toBeNull();
  });
});

describe("repeated failures", () => {
  const minute = 60_000;
  const start = Date.parse("2026-11-21T04:30:00Z");

  async function attempt(email: string, password: string, minutes: number, ip = "198.51.100.1", waited: number[] = []) {
    const now = new Date(start + minutes * minute);
    return authenticate(database().db, { email, password }, { ip, now, wait: async (ms) => waited.push(ms) });
  }

  it("slow each further try, then lock the account for a while, even for the right password", async () => {
    const user = await createUser(database().db, { roles: ["BUYER"] });
    const waited: number[] = [];
    for (let i = 0; i < SIGN_IN_POLICY.accountFailures; i += 1) {
      expect(await attempt(user.email, "wrong", i, undefined, waited)).toEqual({ status: "invalid" });
    }
    expect(waited).toEqual([0, 250, 500, 750, 1000]);
    const locked = await attempt(user.email, TEST_PASSWORD, 5);
    expect(locked).toEqual({ status: "locked", retryAt: new Date(start + (4 + 15) * minute) });
    expect((await attempt(user.email, TEST_PASSWORD, 19)).status).toBe("ok");
  });

  it("lock an e-mail nobody has, so probing tells nothing", async () => {
    for (let i = 0; i < SIGN_IN_POLICY.accountFailures; i += 1) await attempt("ghost@example.gov.in", "guess", i);
    expect((await attempt("ghost@example.gov.in", "guess", 5)).status).toBe("locked");
  });

  it("forget failures older than the window and those before a success", async () => {
    const user = await createUser(database().db, { roles: ["BUYER"] });
    for (let i = 0; i < 4; i += 1) await attempt(user.email, "wrong", i);
    expect((await attempt(user.email, TEST_PASSWORD, 4)).status).toBe("ok");
    for (let i = 5; i < 9; i += 1) await attempt(user.email, "wrong", i);
    expect((await attempt(user.email, TEST_PASSWORD, 9)).status).toBe("ok");
    for (let i = 0; i < 5; i += 1) await attempt(user.email, "wrong", 30 + i);
    expect((await attempt(user.email, TEST_PASSWORD, 45)).status).toBe("locked");
    expect((await attempt(user.email, "wrong", 50)).status).toBe("invalid");
  });

  it("block one address trying many accounts", async () => {
    const ip = "192.0.2.99";
    for (let i = 0; i < SIGN_IN_POLICY.ipFailures; i += 1) await attempt(`person${i}@example.gov.in`, "guess", 100, ip);
    const user = await createUser(database().db, { roles: ["BUYER"] });
    expect((await attempt(user.email, TEST_PASSWORD, 101, ip)).status).toBe("locked");
    expect((await attempt(user.email, TEST_PASSWORD, 101, "192.0.2.100")).status).toBe("ok");
  });
});
