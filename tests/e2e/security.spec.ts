import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signInAs } from "./support/sign-in";

test("every page carries a nonce CSP that forbids framing, and the usual security headers", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // Served over plain HTTP here, so no HSTS (it is sent behind HTTPS).
  expect(headers["strict-transport-security"]).toBeUndefined();
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signInAs(page, "consignee@kraya.demo");
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toEqual(expect.objectContaining({ httpOnly: true, sameSite: "Lax" }));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a person signs in, and out", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=/seller");
    await page.getByLabel("E-mail address").fill("mse.seller@kraya.demo");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL("/seller");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  });
});

test.describe("from an address of its own", () => {
  // The reverse proxy's X-Forwarded-For: this test's failures must not pause the address
  // every other test signs in from (20 failures per address in 15 minutes).
  test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.61" } });

  test("ten wrong passwords lock a real account, and then even the right one is refused", async ({ page }, testInfo) => {
    // Each project locks its own seeded state admin, so the other tests' accounts stay usable.
    const email = testInfo.project.name === "phone" ? "admin.kl@kraya.demo" : "admin.tn@kraya.demo";
    const submit = page.getByRole("button", { name: "Sign in", exact: true });
    await page.goto("/sign-in");
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      await page.getByLabel("E-mail address").fill(email);
      await page.getByLabel("Password").fill(`wrong-guess-${attempt}`);
      await submit.click();
      await expect(submit).toBeEnabled();
      await expect(page.getByRole("alert").filter({ hasText: /incorrect|paused/ })).toBeVisible();
    }
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await submit.click();
    await expect(page.getByRole("alert").filter({ hasText: /Too many failed attempts\. .* paused until/ })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test("forgot password answers the same for any address", async ({ page }) => {
  for (const email of ["buyer@kraya.demo", "nobody@nowhere.gov.in"]) {
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
    await page.getByLabel("E-mail address").fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "a link to choose a new password is on its way" })).toBeVisible();
  }
});
