import { expect, test } from "@playwright/test";

// Indian digit grouping: the last three digits, then pairs (1,49,422; 12,34,56,789).
const INDIAN_GROUPED = /^[1-9]\d{0,1}(,\d{2})*,\d{3}$|^[1-9]\d{0,2}$/;
const COUNTS = ["Sellers", "MSE sellers", "Buyer organisations", "Products and services", "Orders"];

test("the home page shows the six live counters in Indian grouping", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public procurement, open to every seller in India");
  for (const name of COUNTS) {
    await expect(page.getByRole("listitem", { name, exact: true }).getByText(INDIAN_GROUPED)).toBeVisible();
  }
  const gmv = page.getByRole("listitem", { name: "Gross merchandise value" });
  await expect(gmv.getByText(/^Rs [1-9][\d,]*(\.\d{1,2})? (crore|lakh)$/)).toBeVisible();
});

test("the header switches to Hindi, and the choice persists", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "हिन्दी" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("सार्वजनिक खरीद, भारत के हर विक्रेता के लिए खुली");
  await expect(page.getByRole("listitem", { name: "सकल व्यापारिक मूल्य" }).getByText(/^Rs [\d,.]+ (करोड़|लाख)$/)).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("link", { name: "साइन इन करें" }).first()).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test.describe("a browser that prefers Hindi", () => {
  test.use({ locale: "hi-IN" });

  test("gets Hindi by default", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "hi");
    await expect(page.getByRole("heading", { name: "क्रय आज" })).toBeVisible();
  });
});
