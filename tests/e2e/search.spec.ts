import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";

// An anonymous visitor searches the demo catalogue: a misspelt word, a Hindi word, filters
// by link, the same page without JavaScript, and on a phone.

const results = (page: Page) => page.getByRole("region", { name: "Results" }).getByRole("article");

async function openFilters(page: Page) {
  const toggle = page.getByText("Filters", { exact: true }).first();
  if (await toggle.isVisible()) await toggle.click();
}

test("a misspelt word finds chairs and says what it searched for", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("search").last().getByRole("searchbox").fill("chiar");
  await page.getByRole("search").last().getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=chiar/);
  await expect(page.getByText("Showing results for")).toContainText("chair");
  await expect(results(page).first()).toContainText(/chair/i);
  await expect(page.getByRole("link", { name: "Search instead for “chiar”" })).toBeVisible();
  await expectNoViolations(page);
});

test("a Hindi word finds sarees, and links narrow them by state and by self-help groups", async ({ page }) => {
  await page.goto("/search?q=साड़ी");
  await expect(results(page).first()).toContainText(/saree/i);
  await openFilters(page);
  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByRole("group", { name: "Seller type" }).getByRole("link", { name: "Self-help group" }).click();
  await expect(page).toHaveURL(/type=isShg/);
  await openFilters(page);
  const state = page.getByRole("form", { name: "Filters" }).getByRole("group", { name: "Seller's state" }).getByRole("link").nth(1);
  const stateName = (await state.textContent()) ?? "";
  await state.click();
  await expect(page).toHaveURL(/type=isShg/);
  await expect(page).toHaveURL(/state=[A-Z]{2}/);
  await expect(page.getByRole("link", { name: `Remove filter: Seller's state: ${stateName}` })).toBeVisible();
  await expect(results(page).first()).toContainText("Self-help group");
  await expect(results(page).first()).toContainText(stateName);
  await expectNoViolations(page);
});

test("nothing found: the page helps", async ({ page }) => {
  await page.goto("/search?q=zzzzqqq");
  await expect(page.getByRole("heading", { name: "Nothing matches your search" })).toBeVisible();
  await expect(page.getByRole("link", { name: "SARAS Collection" })).toBeVisible();
  await expectNoViolations(page);
});

test("the search page in Hindi has no WCAG A/AA violations", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3140" }]);
  await page.goto("/search?q=chair");
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("chair");
  await expectNoViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form and the sort form work", async ({ page }) => {
    await page.goto("/search?q=saree");
    await openFilters(page);
    await page.getByRole("form", { name: "Filters" }).getByRole("checkbox", { name: "Weaver" }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/q=saree/);
    await expect(page).toHaveURL(/type=isWeaver/);
    await expect(results(page).first()).toContainText("Weaver");
    await page.getByLabel("Sort by").selectOption("price-asc");
    await page.getByRole("button", { name: "Sort", exact: true }).click();
    await expect(page).toHaveURL(/sort=price-asc/);
    await expect(page).toHaveURL(/type=isWeaver/);
  });
});
