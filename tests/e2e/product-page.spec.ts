import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

// A listing of the demo MSE seller (a desk bench) that a dozen other sellers also offer:
// the demo seed is deterministic, so its id is too.
const PRODUCT = "/products/13";

const rupees = (text: string) => Number(text.replace(/[^\d]/g, ""));

test("an anonymous visitor reads a product: price against MRP, specifications, offers lowest first, a state's delivery date", async ({ page }) => {
  await page.goto(PRODUCT);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("desk bench");
  await expect(page).toHaveTitle(/desk bench/);
  await expect(page.getByText(/You save Rs [\d,]+ \(\d+ %\)/)).toBeVisible();
  await expect(page.getByText(/^MRP/)).toBeVisible();
  const specifications = page.getByRole("region", { name: "Specifications" });
  await expect(specifications.getByRole("rowheader", { name: /Seating/ })).toBeVisible();

  const compare = page.getByRole("region", { name: "Same product from other sellers" });
  const prices = (await compare.getByText(/^Rs [\d,]+$/).filter({ visible: true }).allTextContents()).map(rupees);
  expect(prices.length).toBeGreaterThanOrEqual(3);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
  await expect(compare.getByText("This product").filter({ visible: true })).toBeVisible();

  await expect(page.getByRole("link", { name: "Sign in as a buyer to buy" })).toHaveAttribute("href", /\/sign-in\?callbackUrl=%2Fproducts%2F13/);
  await page.getByLabel("Deliver to state").selectOption({ label: "Madhya Pradesh" });
  await page.getByRole("button", { name: "Show the delivery date" }).click();
  await expect(page).toHaveURL(/state=MP/);
  await expect(page.getByText(/^Expected by/)).toBeVisible();
  await expectNoViolations(page, { heading: true });
});

test("the demo buyer sees the delivery date to their consignee office and where the offer stands", async ({ page }) => {
  await signInAs(page, "buyer@kraya.demo");
  await page.goto(PRODUCT);
  await expect(page.getByLabel("Consignee office")).toBeVisible();
  await expect(page.getByText(/^Expected by/)).toBeVisible();
  await expect(page.getByText(/Delivery to Main Office, .+ by /)).toBeVisible();
  await expect(page.getByText(/^(L1: the lowest of|L\d+ of \d+:|No other seller)/)).toBeVisible();
  await expectNoViolations(page, { heading: true });
});

test("the product page reads in Hindi, and an unknown product is not found", async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3100" }]);
  await page.goto(PRODUCT);
  await expect(page.getByRole("heading", { name: "अन्य विक्रेताओं से यही उत्पाद" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "विनिर्देश" })).toBeVisible();
  await expectNoViolations(page, { heading: true });
  const missing = await page.goto("/products/99999999");
  expect(missing?.status()).toBe(404);
});
