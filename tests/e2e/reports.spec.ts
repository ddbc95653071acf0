import { expect, test, type Page } from "@playwright/test";
import { validateReleasePackage } from "../support/ocds-validator";
import { expectNoViolations } from "./support/axe";
import { addToCart, emptyCart, fillCheckout } from "./support/cart";
import { signInAs } from "./support/sign-in";

// Issue 6 as officials and the public use it: the national and a state admin's reports, a
// click that narrows the page, figures that move as soon as an order is placed or paid, CSVs
// that add up to the screen, the public statistics and the OCDS export.

const rupees = (text: string | null) => Number((text ?? "").replace(/[^\d.]/g, ""));

async function signInFresh(page: Page, email: string, path: string) {
  await page.context().clearCookies();
  await signInAs(page, email, path);
}

test("the national admin sees every figure, and a click on a ministry narrows the whole page", async ({ page }) => {
  await signInAs(page, "admin@kraya.demo", "/admin/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Procurement reports" })).toBeVisible();
  await expect(page.getByText("Figures for India")).toBeVisible();
  for (const figure of ["GMV", "Orders", "MSE share of GMV", "Savings against MRP", "Verified sellers"]) {
    await expect(page.getByRole("listitem", { name: figure, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "By state (seller's state)" })).toBeVisible();
  await expectNoViolations(page, { heading: true });
  const orders = rupees(await page.getByRole("listitem", { name: "Orders", exact: true }).locator("p").last().textContent());

  const ministries = page.getByRole("region", { name: "By ministry" });
  const firstMinistry = ministries.getByRole("rowheader").getByRole("link").first();
  const ministry = (await firstMinistry.textContent()) ?? "";
  const ministryOrders = rupees(await ministries.getByRole("row").nth(1).getByRole("cell").nth(1).textContent());
  await firstMinistry.click();
  await expect(page).toHaveURL(/ministry=\d+/);
  await expect(page.getByRole("list", { name: "Narrowed by" })).toContainText(`Ministry: ${ministry}`);
  await expect(page.getByRole("listitem", { name: "Orders", exact: true })).toContainText(ministryOrders.toLocaleString("en-IN"));
  expect(ministryOrders).toBeLessThan(orders);
  // Every breakdown is of that ministry's orders now: its own table has just that one row.
  await expect(page.getByRole("region", { name: "By ministry" }).getByRole("rowheader")).toHaveCount(1);
  await page.getByRole("link", { name: `Remove: Ministry: ${ministry}` }).click();
  await expect(page).not.toHaveURL(/ministry=/);
});

test("a Bihar admin sees only Bihar, whatever the link asks for", async ({ page }) => {
  await signInAs(page, "admin.br@kraya.demo", "/admin/reports?state=1");
  await expect(page.getByText("Figures for Bihar")).toBeVisible();
  await expect(page.getByRole("region", { name: "By state (seller's state)" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "By district (seller's district)" })).toBeVisible();
  await page.getByRole("link", { name: "States", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Orders won by sellers of Bihar" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Orders won by sellers of Bihar" })).toContainText("Central buyers");
  await expectNoViolations(page, { heading: true });
});

test("placing an order moves the month's GMV at once, and paying an invoice the organisation's unpaid invoices", async ({ page }) => {
  test.skip(test.info().project.name !== "desktop", "the journey runs once, on desktop");
  test.setTimeout(120_000);
  const month = new Intl.DateTimeFormat("en-IN", { month: "short", year: "numeric", timeZone: "Asia/Kolkata" }).format(new Date());
  const monthGmv = async () => {
    await page.goto("/admin/reports");
    const row = page.getByRole("region", { name: "GMV by month" }).getByRole("row", { name: new RegExp(`^${month} `) });
    return (await row.count()) === 0 ? 0 : rupees(await row.getByRole("cell").first().textContent());
  };
  await signInAs(page, "admin@kraya.demo", "/admin/reports");
  const before = await monthGmv();

  await signInFresh(page, "buyer@kraya.demo", "/buyer/cart");
  await emptyCart(page);
  await addToCart(page, "/products/13", 1);
  await page.getByRole("link", { name: "Check out" }).click();
  await fillCheckout(page);
  await page.getByRole("button", { name: "Place orders" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Order KRY-/ })).toBeVisible();

  await signInFresh(page, "admin@kraya.demo", "/admin/reports");
  expect(await monthGmv()).toBe(before + 14_160);

  const unpaid = async () => {
    await page.goto("/buyer/dashboard");
    return rupees(await page.getByRole("listitem", { name: "Unpaid invoices" }).locator("p").last().textContent());
  };
  await signInFresh(page, "paying@kraya.demo", "/buyer/dashboard");
  const unpaidBefore = await unpaid();
  await page.goto("/buyer/orders");
  await page.getByRole("table", { name: /Orders waiting for you/ }).getByRole("row", { name: /Pay the invoice/ }).first().getByRole("link").click();
  await page.getByLabel("Bank or PFMS transaction reference (UTR)").fill("SBIN426199887766");
  await page.getByRole("button", { name: "Record payment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Payment recorded" })).toBeVisible();
  expect(await unpaid()).toBe(unpaidBefore - 1);
  await expectNoViolations(page, { heading: true });
});

test("a table's CSV opens with the screen's rows and a total row that adds up", async ({ page }) => {
  await signInAs(page, "admin@kraya.demo", "/admin/reports");
  const states = page.getByRole("region", { name: "By state (seller's state)" });
  const firstState = (await states.getByRole("rowheader").first().textContent()) ?? "";
  const firstGmv = rupees(await states.getByRole("row").nth(1).getByRole("cell").first().textContent());
  const response = await page.request.get((await states.getByRole("link", { name: /^Download CSV/ }).getAttribute("href")) ?? "");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="kraya-sellerState-.+\.csv"$/);
  const csv = await response.text();
  const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n").map((line) => line.split(","));
  expect(lines[0]?.slice(0, 3)).toEqual(["Name", "GMV (Rs)", "Orders"]);
  expect(lines[1]?.[0]).toBe(firstState);
  expect(Math.round(Number(lines[1]?.[1]))).toBe(firstGmv);
  const total = lines.at(-1)!;
  expect(total[0]).toBe("Total");
  const sum = lines.slice(1, -1).reduce((paise, line) => paise + Math.round(Number(line[1]) * 100), 0);
  expect(sum).toBe(Math.round(Number(total[1]) * 100));
  const ordersSum = lines.slice(1, -1).reduce((count, line) => count + Number(line[2]), 0);
  expect(ordersSum).toBe(Number(total[2]));
  await expect(page.getByRole("listitem", { name: "Orders", exact: true })).toContainText(Number(total[2]).toLocaleString("en-IN"));
});

test("the public statistics need no sign-in, and the OCDS export validates against the official schema", async ({ page, request }) => {
  await page.goto("/statistics");
  await expect(page.getByRole("heading", { level: 1, name: "Procurement statistics" })).toBeVisible();
  await expectNoViolations(page, { heading: true });
  const response = await request.get("/api/ocds/releases?from=2026-11-01&to=2026-11-20");
  expect(response.status()).toBe(200);
  const releasePackage = await response.json();
  expect(releasePackage.releases.length).toBeGreaterThan(0);
  expect(validateReleasePackage(releasePackage)).toEqual([]);
  const one = await request.get(`/api/ocds/releases/${releasePackage.releases[0].ocid.replace(/^ocds-kraya-/, "")}`);
  expect(validateReleasePackage(await one.json())).toEqual([]);
});

for (const locale of ["en", "hi"]) {
  test(`the report views and the dashboards have no WCAG A/AA violations (${locale})`, async ({ page, context, baseURL }) => {
    test.setTimeout(150_000);
    await signInAs(page, "admin@kraya.demo", "/admin/reports");
    if (locale === "hi") await context.addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3100" }]);
    for (const path of ["/admin/reports?year=all", "/admin/reports/states", "/admin/reports/ministries", "/admin/reports/buyers", "/admin/reports/inclusion"]) {
      await page.goto(path);
      await expectNoViolations(page);
    }
    await signInFresh(page, "mse.seller@kraya.demo", "/seller/dashboard");
    if (locale === "hi") await context.addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3100" }]);
    await page.goto("/seller/dashboard");
    await expectNoViolations(page);
    await signInFresh(page, "buyer@kraya.demo", "/buyer/dashboard");
    if (locale === "hi") await context.addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3100" }]);
    await page.goto("/buyer/dashboard");
    await expectNoViolations(page);
    await page.goto("/statistics?year=all");
    await expectNoViolations(page);
  });
}
