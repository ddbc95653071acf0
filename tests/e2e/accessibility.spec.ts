import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

test("the home page in English has no WCAG A/AA violations", async ({ page }) => {
  await page.goto("/");
  await expectNoViolations(page);
});

test("the home page in Hindi has no WCAG A/AA violations", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3100" }]);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expectNoViolations(page);
});

for (const path of ["/sign-in?registered=seller", "/forgot-password", "/reset-password?token=expired-or-unknown"]) {
  test(`${path} has no WCAG A/AA violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}

test("the sign-in form's error summary has no WCAG A/AA violations", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There are 2 problems" })).toBeVisible();
  await expectNoViolations(page);
});

test("the buyer portal has no WCAG A/AA violations", async ({ page }) => {
  await signInAs(page, "buyer@kraya.demo", "/buyer");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page);
});
