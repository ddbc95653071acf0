import { describe, expect, it } from "vitest";
import { homePortal, loadActor } from "@/lib/auth/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { createUser, TEST_PASSWORD } from "../factories/users";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase();

describe("signing in", () => {
  it("accepts the right password, whatever the e-mail's case and spaces", async () => {
    const user = await createUser(database().db, { roles: ["BUYER"] });
    const result = await authenticate(database().db, { email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD });
    expect(result).toEqual({ userId: user.id, name: user.name, email: user.email });
    const after = await database().db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown e-mail, a deactivated user and malformed input alike", async () => {
    const user = await createUser(database().db, { roles: ["BUYER"] });
    const inactive = await createUser(database().db, { roles: ["BUYER"], isActive: false });
    expect(await authenticate(database().db, { email: user.email, password: "wrong" })).toBeNull();
    expect(await authenticate(database().db, { email: "nobody@example.gov.in", password: TEST_PASSWORD })).toBeNull();
    expect(await authenticate(database().db, { email: inactive.email, password: TEST_PASSWORD })).toBeNull();
    expect(await authenticate(database().db, { email: "not-an-email", password: TEST_PASSWORD })).toBeNull();
    expect(await authenticate(database().db, null)).toBeNull();
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
