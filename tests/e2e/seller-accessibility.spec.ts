import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/sign-in";

// The seller pages of the identity issue, checked like tests/e2e/accessibility.spec.ts.
async function expectNoViolations(page: Page) {
  await expect(page).toHaveTitle(/Kraya|क्रय/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the seller registration page, in English and in Hindi, has no WCAG A/AA violations", async ({ page, context, baseURL }) => {
  await page.goto("/register/seller");
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page.getByRole("alert", { name: /There (is|are) .*problem/ })).toBeFocused();
  await expectNoViolations(page);
  await context.addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3100" }]);
  await page.goto("/register/seller");
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expectNoViolations(page);
});

for (const path of ["/seller", "/seller/profile", "/seller/listings"]) {
  test(`${path} for a seller has no WCAG A/AA violations`, async ({ page }) => {
    await signInAs(page, "shg.seller@kraya.demo", path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page);
  });
}

for (const path of ["/seller/assisted", "/seller/assisted/new"]) {
  test(`${path} for a facilitator has no WCAG A/AA violations`, async ({ page }) => {
    await signInAs(page, "facilitator@kraya.demo", path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page);
  });
}

test("an assisted seller's profile has no WCAG A/AA violations", async ({ page }) => {
  await signInAs(page, "facilitator@kraya.demo", "/seller/assisted");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page);
});
