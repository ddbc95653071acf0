import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

// The first order in the "needs my action" list whose step is the given one.
async function openWaiting(page: Page, step: RegExp) {
  await page.goto("/buyer/orders");
  const entries = page.getByRole("listitem").or(page.getByRole("row")).filter({ hasText: step, visible: true });
  await entries.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/buyer\/orders\/\d+$/);
}

for (const locale of ["en", "hi"] as const) {
  test(`the order pages have no WCAG A/AA violations (${locale})`, async ({ page, context, baseURL }) => {
    const hindi = async () => {
      if (locale === "hi") await context.addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3100" }]);
    };
    await signInAs(page, "consignee@kraya.demo", "/buyer/orders");
    await hindi();
    await page.goto("/buyer/orders");
    await expectNoViolations(page, { heading: true });
    await openWaiting(page, locale === "en" ? /Accept or reject the goods/ : /माल स्वीकार या अस्वीकार करें/);
    await expectNoViolations(page, { heading: true });

    await context.clearCookies();
    await signInAs(page, "paying@kraya.demo", "/buyer/orders");
    await hindi();
    await openWaiting(page, locale === "en" ? /Pay the invoice/ : /बीजक का भुगतान करें/);
    await expectNoViolations(page, { heading: true });
    const contract = page.url().replace(/\/buyer\/orders\/(\d+).*/, "/orders/$1/contract");
    await page.goto(contract);
    await expectNoViolations(page, { heading: true });

    await context.clearCookies();
    await signInAs(page, "mse.seller@kraya.demo", "/seller/orders");
    await hindi();
    await page.goto("/seller/orders");
    await expectNoViolations(page, { heading: true });
  });
}
