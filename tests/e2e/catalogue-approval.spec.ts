import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/sign-in";

async function expectNoViolations(page: Page) {
  await expect(page).toHaveTitle(/Kraya|क्रय/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

// The demo MSE seller (Bhopal) uploads 200 listings from the template with one bad row; the
// MP state admin approves one and rejects another; the seller sees both outcomes.
test.describe.serial("CSV upload and listing approval", () => {
  const stamp = Date.now();
  const title = (serial: number) => `E2E desktop ${stamp} no ${serial}`;
  const BAD = 57;

  test("the seller downloads the template and uploads 200 rows, one of them wrong", async ({ page }) => {
    await signInAs(page, "mse.seller@kraya.demo", "/seller/listings/import");
    await expect(page.getByRole("heading", { level: 1, name: "Upload listings from a CSV file" })).toBeVisible();
    await expectNoViolations(page);
    await page.getByLabel("Category").selectOption({ label: "Desktop computers" });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download template" }).click()]);
    const template = fs.readFileSync((await download.path()) as string, "utf8");
    const [header, help, example] = template.split("\r\n");
    expect(header).toMatch(/^\uFEFFcategory,title,.*,spec:processor,spec:ram/);
    expect(help).toMatch(/^"?# /);
    const cells = (example ?? "").split(",");
    const columns = (header ?? "").replace(/^\uFEFF/, "").split(",");
    const row = (serial: number) =>
      columns
        .map((column, index) => {
          if (column === "title") return title(serial);
          if (column === "price") return serial === BAD ? "5000" : String(1000 + serial);
          if (column === "mrp") return "2000";
          return cells[index] ?? "";
        })
        .join(",");
    const rows = Array.from({ length: 200 }, (_, index) => row(index + 1));
    const csv = [header, help, ...rows].join("\r\n");

    await page.getByLabel("CSV file").setInputFiles({ name: "desktops.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Upload and check" }).click();
    const result = page.getByRole("status");
    await expect(result).toContainText("199 imported, 1 row with errors", { timeout: 30_000 });
    await expect(result).toContainText("wait for an admin's approval");
    // Header, help row, then the data: the 57th listing is row 59 of the file.
    const badRows = page.getByRole("list", { name: "Rows with errors, by row number of your file" });
    await expect(badRows.getByRole("listitem")).toHaveCount(1);
    await expect(badRows).toContainText("Row 59");
    await expect(badRows).toContainText("The price must not be more than the MRP (or market price)");
    await expect(page.getByRole("link", { name: "Download these rows as CSV" })).toBeVisible();
    await expectNoViolations(page);
  });

  test("the MP admin approves one listing and rejects another with a reason", async ({ page }) => {
    await signInAs(page, "admin.mp@kraya.demo", "/admin/listings");
    await expect(page.getByRole("heading", { level: 1, name: "Listings waiting for approval" })).toBeVisible();
    await expectNoViolations(page);

    for (const [serial, decide] of [[1, "approve"], [2, "reject"]] as const) {
      await page.goto("/admin/listings");
      await page.getByLabel("Title or seller").fill(title(serial));
      await page.getByRole("button", { name: "Apply filters" }).click();
      await page.getByRole("link", { name: title(serial), exact: true }).filter({ visible: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: title(serial) })).toBeVisible();
      await expect(page.getByText("Intel Core i3").first()).toBeVisible();
      if (decide === "approve") {
        await expectNoViolations(page);
        await page.getByRole("button", { name: "Approve listing" }).click();
        await expect(page.getByRole("status")).toContainText("The listing is approved");
      } else {
        await page.getByLabel("Reason").selectOption({ label: "Another reason (see the note)" });
        await page.getByRole("button", { name: "Reject listing" }).click();
        await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Write a note");
        await page.getByLabel("Reason").selectOption({ label: "The specifications do not match the product" });
        await page.getByLabel("Note to the seller").fill("A desktop with 1 GB of RAM is not sold any more.");
        await page.getByRole("button", { name: "Reject listing" }).click();
        await expect(page.getByRole("status")).toContainText("The listing is rejected");
        await expect(page.getByText("A desktop with 1 GB of RAM is not sold any more.")).toBeVisible();
      }
      await expect(page.getByText("This listing is no longer waiting for approval.")).toBeVisible();
    }
  });

  test("the seller sees the decisions on their upload", async ({ page }) => {
    await signInAs(page, "mse.seller@kraya.demo", "/seller/listings/import");
    const upload = page.getByRole("list", { name: "Your earlier CSV uploads, newest first" }).getByRole("listitem").filter({ hasText: "desktops.csv" }).first();
    await expect(upload).toContainText("Approved: 1");
    await expect(upload).toContainText("Rejected: 1");
    await expect(upload).toContainText("Awaiting approval: 197");
  });

  test("the new pages have no WCAG A/AA violations in Hindi", async ({ page, context, baseURL }) => {
    await signInAs(page, "admin.mp@kraya.demo", "/admin/listings");
    await context.addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3120" }]);
    await page.goto("/admin/listings");
    await expectNoViolations(page);
    await page.goto((await page.locator('a[href^="/admin/listings/"]').first().getAttribute("href")) ?? "/admin/listings");
    await expectNoViolations(page);
    await context.clearCookies();
    await signInAs(page, "mse.seller@kraya.demo", "/seller/listings/import");
    await context.addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3120" }]);
    await page.goto("/seller/listings/import");
    await expectNoViolations(page);
  });
});
