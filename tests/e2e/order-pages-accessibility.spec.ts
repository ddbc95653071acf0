import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/sign-in";

// The order pages of each party, on a phone and a desktop, in English and Hindi, on the
// demo data: the consignee's and paying authority's lists and forms, the seller's list,
// and a contract.
async function expectNoViolations(page: Page) {
  await expect(page).toHaveTitle(/Kraya|क्रय/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

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
    await expectNoViolations(page);
    await openWaiting(page, locale === "en" ? /Accept or reject the goods/ : /माल स्वीकार या अस्वीकार करें/);
    await expectNoViolations(page);

    await context.clearCookies();
    await signInAs(page, "paying@kraya.demo", "/buyer/orders");
    await hindi();
    await openWaiting(page, locale === "en" ? /Pay the invoice/ : /बीजक का भुगतान करें/);
    await expectNoViolations(page);
    const contract = page.url().replace(/\/buyer\/orders\/(\d+).*/, "/orders/$1/contract");
    await page.goto(contract);
    await expectNoViolations(page);

    await context.clearCookies();
    await signInAs(page, "mse.seller@kraya.demo", "/seller/orders");
    await hindi();
    await page.goto("/seller/orders");
    await expectNoViolations(page);
  });
}
