import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

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
