import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { isPasswordLinkUsable, requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { FieldValidationError } from "@/lib/errors";
import { createUser, TEST_PASSWORD } from "../factories/users";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase();
const anonymous = { actor: null, ip: "198.51.100.4" };
const NEW_PASSWORD = "Monsoon-2026-rain";

// The link is only ever in the outbox e-mail; the tests read it there, as a person would.
async function linkTokenFor(email: string): Promise<string> {
  const mail = await database().db.emailOutbox.findFirstOrThrow({ where: { toEmail: email }, orderBy: { id: "desc" } });
  const token = mail.body.match(/reset-password\?token=([\w-]+)/)?.[1];
  if (!token) throw new Error("No link in the e-mail");
  return token;
}

describe("forgot password", () => {
  it("mails a one-time link that sets a new password, and records both steps", async () => {
    const user = await createUser(database().db, { roles: ["BUYER"] });
    await requestPasswordReset(database().db, anonymous, { email: ` ${user.email.toUpperCase()} ` });
    const token = await linkTokenFor(user.email);
    expect(await isPasswordLinkUsable(database().db, token)).toBe(true);

    await resetPassword(database().db, anonymous, { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    const at = { ip: "198.51.100.4", wait: async () => {} };
    expect((await authenticate(database().db, { email: user.email, password: NEW_PASSWORD }, at)).status).toBe("ok");
    expect((await authenticate(database().db, { email: user.email, password: TEST_PASSWORD }, at)).status).toBe("invalid");

    await expect(resetPassword(database().db, anonymous, { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).rejects.toThrow(FieldValidationError);
    const actions = await database().db.auditEvent.findMany({ where: { entityType: "User", entityId: String(user.id) }, select: { action: true, ip: true } });
    expect(actions).toEqual([
      { action: "password.resetRequested", ip: "198.51.100.4" },
      { action: "password.reset", ip: "198.51.100.4" },
    ]);
  });

  it("sends nothing for an unknown or deactivated address, and answers the same", async () => {
    const inactive = await createUser(database().db, { roles: ["BUYER"], isActive: false });
    const before = await database().db.emailOutbox.count();
    await expect(requestPasswordReset(database().db, anonymous, { email: "nobody@example.gov.in" })).resolves.toBeUndefined();
    await expect(requestPasswordReset(database().db, anonymous, { email: inactive.email })).resolves.toBeUndefined();
    expect(await database().db.emailOutbox.count()).toBe(before);
  });

  it("sends at most three links an hour to one account", async () => {
    const user = await createUser(database().db, { roles: ["BUYER"] });
    for (let attempt = 0; attempt < 5; attempt++) await requestPasswordReset(database().db, anonymous, { email: user.email });
    expect(await database().db.emailOutbox.count({ where: { toEmail: user.email } })).toBe(3);
  });

  it("refuses an expired link", async () => {
    const user = await createUser(database().db, { roles: ["BUYER"] });
    await requestPasswordReset(database().db, { ...anonymous, now: new Date(Date.now() - 2 * 3_600_000) }, { email: user.email });
    const token = await linkTokenFor(user.email);
    expect(await isPasswordLinkUsable(database().db, token)).toBe(false);
    await expect(resetPassword(database().db, anonymous, { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).rejects.toThrow(FieldValidationError);
  });
});
