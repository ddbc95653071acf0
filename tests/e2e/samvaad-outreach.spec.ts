import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { expectNoViolations } from "./support/axe";
import { DAY_MS, moveClock, resetClock } from "./support/clock";
import { signInAs } from "./support/sign-in";

// GeM Samvaad from end to end: the national admin schedules an event in Karnataka; a weaver
// registers for it without an account; on the day, the facilitator onboards her there and
// lists her first saree for her; once the seller and the saree are approved, the event's
// figures show one registered, attended, onboarded and listed.
// Runs once, on a desktop: it moves the app's clock to the day of the event.

const png = (green: number) => sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 150, g: green, b: 60 } } }).png().toBuffer();

// The date of tomorrow in India, as the event form's date field takes it.
function tomorrowInIndia(): string {
  return new Date(Date.now() + DAY_MS + 5.5 * 3_600_000).toISOString().slice(0, 10);
}

function uniquePan(): string {
  const stamp = Date.now();
  return `Q${String.fromCharCode(65 + (stamp % 26), 65 + (Math.floor(stamp / 26) % 26))}PS${String(stamp % 10_000).padStart(4, "0")}W`;
}

async function funnelFigure(page: Page, label: string) {
  return page.getByRole("listitem", { name: label, exact: true });
}

test.describe.serial("a Samvaad event in Karnataka", () => {
  test.skip(({ isMobile }) => isMobile, "one journey is enough: it moves the app's clock for everyone");
  test.afterAll(() => resetClock());

  const stamp = Date.now().toString().slice(-6);
  const title = `GeM Samvaad Mysuru ${stamp}`;
  const weaver = "Savitha Devanga";
  const mobile = `98${stamp}11`;
  const tradeName = `Savitha Mysore Silks ${stamp}`;
  const saree = `Mysore handloom cotton saree ${stamp}`;

  test("the national admin schedules the event", async ({ page }) => {
    resetClock();
    await signInAs(page, "admin@kraya.demo", "/admin/samvaad");
    await page.getByRole("link", { name: "Schedule an event" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Schedule a Samvaad event" })).toBeVisible();
    await page.getByRole("button", { name: "Schedule event" }).click();
    await expect(page.getByRole("alert", { name: /problems/ })).toContainText("Choose at least one audience");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Description").fill("Weavers of the Mysuru silk and cotton clusters: register as sellers on the spot and list your first sarees.");
    await page.getByRole("checkbox", { name: "Weavers" }).check();
    await page.getByRole("checkbox", { name: "Sellers" }).check();
    await page.getByLabel("State or union territory").selectOption({ label: "Karnataka" });
    await page.getByLabel("District").selectOption({ index: 1 });
    await page.getByLabel("Venue").fill("Weavers' Service Centre, Vinoba Road");
    await page.getByLabel("Date").fill(tomorrowInIndia());
    await page.getByLabel("Starts at").fill("10:00");
    await page.getByLabel("Ends at").fill("17:00");
    await page.getByLabel("Seats (optional)").fill("120");
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Schedule event" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Nobody has registered yet.")).toBeVisible();
  });

  test("a weaver finds it on the public page and registers without an account", async ({ page }) => {
    await page.goto("/samvaad");
    const state = page.getByLabel("State", { exact: true });
    await state.selectOption((await state.locator("option", { hasText: "Karnataka" }).getAttribute("value")) ?? "");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByRole("heading", { name: "Events in Karnataka" })).toBeVisible();
    await page.getByRole("link", { name: `View ${title}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectNoViolations(page);
    await page.getByLabel("Your name").fill(weaver);
    await page.getByLabel("Mobile number").fill(mobile);
    await page.getByLabel("I am").selectOption({ label: "A handloom weaver" });
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByRole("status")).toContainText("You are registered");
    await expect(page.getByRole("status")).toContainText(/Your reference is SMV-\d+-\d+/);
  });

  test("on the day, the facilitator onboards her at the event and lists her first saree for her", async ({ page }) => {
    moveClock(DAY_MS);
    await signInAs(page, "facilitator@kraya.demo", "/seller/samvaad");
    await page.getByRole("link", { name: `View ${title}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await page.getByRole("link", { name: `Register ${weaver} as a seller` }).filter({ visible: true }).click();
    await expect(page.getByRole("note")).toContainText(`Onboarding ${weaver}, registered for “${title}”`);
    await expect(page.getByLabel("Contact person's mobile number")).toHaveValue(mobile);
    await expect(page.getByLabel("Handloom weaver", { exact: true })).toBeChecked();
    await page.getByLabel("Legal name").fill(weaver);
    await page.getByLabel("Trade name").fill(tradeName);
    await page.getByLabel("Legal form").selectOption({ label: "Individual (artisan or weaver)" });
    await page.getByLabel("PAN", { exact: true }).fill(uniquePan());
    await page.getByLabel("Weaver identity card number").fill("WIC-KA-0061234");
    await page.getByLabel("Address", { exact: true }).fill("12, Devanga Street, Agrahara");
    await page.getByLabel("PIN code").fill("570004");
    await page.getByLabel("Block").selectOption({ index: 1 });
    await page.getByLabel("Account holder's name").fill(weaver);
    await page.getByLabel("Account number").fill("50100887766");
    await page.getByLabel("IFSC").fill("CNRB0001234");
    await page.getByRole("button", { name: "Register the seller" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Profile of ${tradeName}` })).toBeVisible();

    await page.getByRole("button", { name: "Work for this seller" }).click();
    await expect(page.getByRole("region", { name: "Working for a seller" })).toContainText(`You are working for ${tradeName}`);
    await page.goto("/seller/listings/new");
    await page.getByLabel("Choose the category").selectOption({ label: "Handloom cotton sarees (Product)" });
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByLabel("Title").fill(saree);
    await page.getByLabel("Description").fill("Six yards of handwoven cotton with a zari border, from the Mysuru cluster.");
    const specs = page.getByRole("group", { name: "Specifications" });
    await specs.getByLabel("Fibre").selectOption("Cotton");
    await specs.getByLabel("Weave").selectOption("Plain");
    await specs.getByLabel("Length").fill("5.5");
    await page.getByLabel("Your price (Rs)").fill("2,100");
    await page.getByLabel("MRP or market price (Rs)").fill("2600");
    await page.getByLabel("Units in stock").fill("30");
    await page.getByLabel("Local content (%)").fill("100");
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page.getByRole("heading", { level: 1, name: saree })).toBeVisible();
    await page.getByLabel("Choose images").setInputFiles([{ name: "saree.png", mimeType: "image/png", buffer: await png(90) }]);
    await page.getByRole("button", { name: "Upload images" }).click();
    await expect(page.getByRole("img", { name: `Image 1 of ${saree}` })).toBeVisible();
    await page.getByRole("button", { name: "Stop working for this seller" }).click();
    await expect(page).toHaveURL(/\/seller\/assisted$/);
  });

  test("the admin verifies the seller, approves the saree, and the event's figures show her", async ({ page }) => {
    await signInAs(page, "admin@kraya.demo", "/admin/samvaad");
    await page.getByRole("link", { name: title }).filter({ visible: true }).click();
    await expect(await funnelFigure(page, "Onboarded as sellers")).toContainText("1");
    await page.getByRole("link", { name: tradeName }).filter({ visible: true }).click();
    await page.getByRole("button", { name: "Verify seller" }).click();
    await expect(page.getByRole("status")).toContainText("The seller is verified");
  });

  test("the facilitator sends the saree for approval, the admin approves it, and it counts as listed", async ({ browser }) => {
    const facilitator = await (await browser.newContext()).newPage();
    await signInAs(facilitator, "facilitator@kraya.demo", "/seller/assisted");
    await facilitator.getByRole("link", { name: `Edit ${tradeName}` }).click();
    await facilitator.getByRole("button", { name: "Work for this seller" }).click();
    await facilitator.getByLabel("Search by title").fill(saree);
    await facilitator.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
    await facilitator.getByRole("button", { name: `Submit for approval: ${saree}` }).click();
    await expect(facilitator.getByRole("status").filter({ hasText: "Sent for approval." })).toBeVisible();

    const admin = await (await browser.newContext()).newPage();
    await signInAs(admin, "admin@kraya.demo", "/admin/listings");
    await admin.getByLabel("Title or seller").fill(saree);
    await admin.getByRole("button", { name: "Apply filters" }).click();
    await admin.getByRole("link", { name: saree, exact: true }).filter({ visible: true }).click();
    await admin.getByRole("button", { name: "Approve listing" }).click();
    await expect(admin.getByRole("status")).toContainText("The listing is approved");

    await admin.goto("/admin/samvaad");
    await admin.getByRole("link", { name: title }).filter({ visible: true }).click();
    for (const [label, value] of [["Registered", "1"], ["Attended", "1"], ["Onboarded as sellers", "1"], ["Listed a product", "1"], ["Sold", "0"]] as const) {
      await expect(await funnelFigure(admin, label)).toContainText(value);
    }
    await expectNoViolations(admin);
  });
});
