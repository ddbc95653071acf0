import { expect, test } from "@playwright/test";
import { signInAs } from "./support/sign-in";

for (const portal of ["buyer", "seller", "admin"]) {
  test(`an anonymous visitor of /${portal} is sent to sign-in`, async ({ page }) => {
    await page.goto(`/${portal}`);
    await expect(page).toHaveURL(`/sign-in?callbackUrl=%2F${portal}`);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  });
}

test("a buyer signs in and lands on the buyer portal with their organisation", async ({ page }) => {
  await signInAs(page, "buyer@kraya.demo", "/buyer");
  await expect(page).toHaveURL("/buyer");
  await expect(page.getByRole("heading", { level: 1, name: "Buyer overview" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const account = page.getByRole("region", { name: "Your account" });
  await expect(account.getByText("Ritu Sharma")).toBeVisible();
  // The demo buyer works for the seed's demo organisation (prisma/seed/buyers.ts).
  await expect(account.getByText("Directorate of Health Services")).toBeVisible();
  await expect(account.getByText("Madhya Pradesh")).toBeVisible();
  // A table on a desktop, a list of cards on a phone: either way, named "Latest orders".
  await expect(page.getByRole("region", { name: "Latest orders" }).getByText(/^Rs [\d,]+$/).filter({ visible: true }).first()).toBeVisible();
});

test("signing in without a destination leads to the person's own portal", async ({ page }) => {
  await signInAs(page, "admin.mp@kraya.demo");
  await expect(page).toHaveURL("/admin");
  await expect(page.getByRole("region", { name: "Your account" }).getByText("State: Madhya Pradesh")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Marketplace figures: Madhya Pradesh" })).toBeVisible();
});

test("a seller who opens the officials' portal gets the 403 page", async ({ page }) => {
  await signInAs(page, "mse.seller@kraya.demo", "/admin");
  await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("link", { name: "Go to the Seller portal" })).toBeVisible();

  await page.getByRole("button", { name: "Sign in as someone else" }).click();
  await expect(page).toHaveURL("/sign-in?callbackUrl=%2Fadmin");
  await page.getByLabel("E-mail address").fill("admin@kraya.demo");
  await page.getByLabel("Password").fill("Kraya@2026");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL("/admin");
});

test("sign-in explains bad input and a wrong password", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There are 2 problems" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Enter a valid e-mail address" })).toBeVisible();
  await expect(page.getByLabel("E-mail address")).toHaveAccessibleDescription("Enter a valid e-mail address");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password");
  await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("E-mail address").fill("consignee@kraya.demo");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const failure = page.getByRole("alert").filter({ hasText: "E-mail or password is incorrect." });
  await expect(failure).toBeVisible();
  await expect(failure).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in/);
});

test.describe("from an address of its own", () => {
  // Its failures must not pause the address the other tests sign in from.
  test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.62" } });

  test("repeated wrong passwords pause sign-in for the account and say until when", async ({ page }, testInfo) => {
    const email = `locked.${testInfo.project.name}.${Date.now()}@kraya.demo`;
    const submit = page.getByRole("button", { name: "Sign in", exact: true });
    await page.goto("/sign-in");
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await page.getByLabel("E-mail address").fill(email);
      await page.getByLabel("Password").fill(`guess-${attempt}`);
      await submit.click();
      // The button reads "Signing in…" until the answer comes.
      await expect(submit).toBeEnabled();
      await expect(page.getByRole("alert").filter({ hasText: "E-mail or password is incorrect." })).toBeVisible();
    }
    await page.getByLabel("Password").fill("guess-6");
    await submit.click();
    await expect(
      page.getByRole("alert").filter({ hasText: /Too many failed attempts\. .* paused until \d{1,2} \w{3} \d{4}, .* IST/ }),
    ).toBeVisible();
  });
});
