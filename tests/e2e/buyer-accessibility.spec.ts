import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

async function inHindi(page: Page, baseURL: string | undefined) {
  await page.context().addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3100" }]);
}

for (const language of ["en", "hi"] as const) {
  test.describe(`in ${language === "en" ? "English" : "Hindi"}`, () => {
    test("the buyer registration page, with its error summary, has no WCAG A/AA violations", async ({ page, baseURL }) => {
      if (language === "hi") await inHindi(page, baseURL);
      await page.goto("/register/buyer");
      await expectNoViolations(page, { heading: true });
      await page.getByRole("button", { name: language === "en" ? "Register the organisation" : "संगठन का पंजीकरण करें" }).click();
      await expect(page.locator("#form-error-summary")).toBeVisible();
      await expectNoViolations(page, { heading: true });
    });

    test("the head of office's users, new user, user and activity pages have no WCAG A/AA violations", async ({ page, baseURL }) => {
      await signInAs(page, "head@kraya.demo", "/buyer/users");
      if (language === "hi") await inHindi(page, baseURL);
      for (const path of ["/buyer", "/buyer/users", "/buyer/users/new", "/buyer/activity"]) {
        await page.goto(path);
        await expectNoViolations(page, { heading: true });
      }
      await page.goto("/buyer/users");
      await page.locator("a[href^='/buyer/users/']:not([href$='/new'])").filter({ visible: true }).first().click();
      await expect(page).toHaveURL(/\/buyer\/users\/\d+$/);
      await expectNoViolations(page, { heading: true });
    });

    test("the officials' organisation queue and review page have no WCAG A/AA violations", async ({ page, baseURL }) => {
      await signInAs(page, "admin@kraya.demo", "/admin/organisations");
      if (language === "hi") await inHindi(page, baseURL);
      await page.goto("/admin/organisations");
      await expectNoViolations(page, { heading: true });
      await page.locator("a[href^='/admin/organisations/']").filter({ visible: true }).first().click();
      await expect(page).toHaveURL(/\/admin\/organisations\/\d+$/);
      await expectNoViolations(page, { heading: true });
    });
  });
}
