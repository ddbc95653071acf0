import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import sharp from "sharp";
import { signInAs } from "./support/sign-in";

const png = (red: number) => sharp({ create: { width: 640, height: 480, channels: 3, background: { r: red, g: 90, b: 60 } } }).png().toBuffer();

test("a seller lists a product with specifications and images and sends it for approval", async ({ page }, testInfo) => {
  const title = `Office desktop computer ${testInfo.project.name} ${Date.now() % 100000}`;
  await signInAs(page, "mse.seller@kraya.demo", "/seller/listings/new");
  await expect(page.getByRole("heading", { level: 1, name: "New listing" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByLabel("Choose the category").selectOption({ label: "Desktop computers (Product)" });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Category: Desktop computers")).toBeVisible();

  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("alert", { name: /problem/ })).toBeFocused();
  await expectNoViolations(page);

  await page.getByLabel("Title").fill(title);
  const specs = page.getByRole("group", { name: "Specifications" });
  await specs.getByLabel("Processor").selectOption("Intel Core i5");
  await specs.getByLabel("RAM").fill("16");
  await specs.getByLabel("Storage").fill("512");
  await specs.getByLabel("Monitor size").fill("21.5");
  await specs.getByLabel("Operating system").selectOption({ index: 1 });
  await page.getByLabel("Your price (Rs)").fill("42,000");
  await page.getByLabel("MRP or market price (Rs)").fill("50000");
  await expect(page.getByText("Buyers save Rs 8,000 (16.0 %) against the MRP")).toBeVisible();
  await page.getByLabel("Units in stock").fill("25");
  await page.getByLabel("Local content (%)").fill("35");
  await expect(page.getByText("Make in India class: Class-II local supplier")).toBeVisible();
  await page.getByRole("radio", { name: "Chosen states" }).check();
  await page.getByRole("checkbox", { name: "Madhya Pradesh" }).check();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft created" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.getByLabel("Choose images").setInputFiles([
    { name: "front.png", mimeType: "image/png", buffer: await png(200) },
    { name: "side.png", mimeType: "image/png", buffer: await png(40) },
  ]);
  await page.getByRole("button", { name: "Upload images" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Images added." })).toBeVisible();
  await expect(page.getByRole("img", { name: `Image 2 of ${title}` })).toBeVisible();
  const first = page.getByRole("img", { name: `Image 1 of ${title}` });
  await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
  await page.getByRole("button", { name: "Move image 2 earlier" }).click();
  await expect(page.getByRole("img", { name: `Image 1 of ${title}` })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole("link", { name: "Back to listings" }).click();
  await page.getByLabel("Search by title").fill(title);
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("button", { name: `Submit for approval: ${title}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent for approval." })).toBeVisible();
});

test("a seller pauses and resumes an approved listing, and clones one", async ({ page, context, baseURL }) => {
  await signInAs(page, "mse.seller@kraya.demo", "/seller/listings?status=APPROVED");
  await expectNoViolations(page);
  const pause = page.getByRole("button", { name: /^Pause: / }).first();
  const listingTitle = ((await pause.getAttribute("aria-label")) ?? "").replace(/^Pause: /, "");
  await pause.click();
  await expect(page.getByRole("status").filter({ hasText: "Listing paused" })).toBeVisible();
  await page.goto("/seller/listings?status=PAUSED");
  await page.getByRole("button", { name: `Resume: ${listingTitle}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Listing resumed." })).toBeVisible();

  await page.getByRole("button", { name: `Clone: ${listingTitle}` }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: `${listingTitle} (copy)` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Copy created as a draft." })).toBeVisible();

  await context.addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3110" }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expectNoViolations(page);
  await page.goto("/seller/listings");
  await expectNoViolations(page);
});
