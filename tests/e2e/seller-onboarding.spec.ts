import { expect, test, type Page } from "@playwright/test";
import { buildGstin } from "../../lib/sellers/identifiers";
import { signInAs } from "./support/sign-in";

// Unique identifiers per run: the e2e database is shared by every test of the run.
function uniquePan(): string {
  const stamp = Date.now();
  const letters = String.fromCharCode(65 + (stamp % 26), 65 + (Math.floor(stamp / 26) % 26));
  return `Q${letters}PT${String(stamp % 10_000).padStart(4, "0")}K`;
}

async function choosePlace(page: Page) {
  await page.getByLabel("State or union territory").selectOption({ label: "Madhya Pradesh" });
  await page.getByLabel("District").selectOption({ label: "Bhopal" });
  await page.getByLabel("Block").selectOption({ label: "Huzur" });
}

async function fillWrongIdentifiers(page: Page, pan: string) {
  const gstin = buildGstin("23", pan);
  await page.locator("#field-entityType").selectOption("PRIVATE_LIMITED");
  await page.locator("#field-pan").fill(pan);
  await page.locator("#field-gstin").fill(gstin.slice(0, 14) + (gstin.endsWith("A") ? "B" : "A"));
  await page.locator("#field-udyamNumber").fill("UDYAM-MP-7-12345");
  await page.locator("#field-mseClass").selectOption("MICRO");
  await page.locator("#field-bankAccountNumber").fill("12345678901");
  await page.locator("#field-ifsc").fill("SBIN1234567");
}

test("a new seller registers, is told precisely what is wrong in English and Hindi, completes the profile, and only its own state's admin can verify it", async ({ page }) => {
  const pan = uniquePan();
  const email = `seller.${Date.now()}@example.in`;
  await page.goto("/register/seller");
  await expect(page.getByRole("heading", { level: 1, name: "Register as a seller" })).toBeVisible();

  await fillWrongIdentifiers(page, pan);
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page.locator("#field-pan-error")).toHaveText("The 4th letter of a company's PAN is C");
  await expect(page.locator("#field-gstin-error")).toHaveText("The last character of this GSTIN is wrong: check it for typing mistakes");
  await expect(page.locator("#field-udyamNumber-error")).toHaveText("Udyam numbers look like UDYAM-MP-07-0012345");
  await expect(page.locator("#field-ifsc-error")).toHaveText("IFSC is 11 characters: 4 letters, 0, then 6 letters or digits");
  await expect(page.getByRole("alert", { name: /There are \d+ problems/ })).toBeFocused();

  await page.getByRole("button", { name: "हिन्दी" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await fillWrongIdentifiers(page, pan);
  await page.getByRole("button", { name: "पंजीकरण करें" }).click();
  await expect(page.locator("#field-pan-error")).toHaveText("कंपनी के पैन का चौथा अक्षर C होता है");
  await expect(page.locator("#field-gstin-error")).toHaveText("इस जीएसटीआईएन का अंतिम अक्षर गलत है: टाइपिंग की गलती जाँच लें");
  await expect(page.locator("#field-udyamNumber-error")).toHaveText("उद्यम नंबर ऐसा दिखता है: UDYAM-MP-07-0012345");
  await expect(page.locator("#field-ifsc-error")).toHaveText("आईएफ़एससी 11 अक्षरों का होता है: 4 अक्षर, 0, फिर 6 अक्षर या अंक");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Legal name").fill("Bhoj Office Essentials");
  await page.getByLabel("Legal form").selectOption({ label: "Sole proprietorship" });
  await page.getByLabel("PAN", { exact: true }).fill(pan.toLowerCase());
  await page.getByLabel("GSTIN").fill("");
  await page.getByLabel("Udyam registration number").fill(`UDYAM-MP-07-${String(Date.now() % 10_000_000).padStart(7, "0")}`);
  await page.getByLabel("Enterprise class").selectOption({ label: "Micro enterprise" });
  await page.getByLabel("Owned by women").check();
  await page.getByLabel("Address", { exact: true }).fill("14 New Market, TT Nagar");
  await page.getByLabel("PIN code").fill("462003");
  await choosePlace(page);
  await page.getByLabel("Account number").fill("");
  await page.getByLabel("IFSC").fill("");
  await page.getByLabel("Your full name").fill("Meena Rathore");
  await page.getByLabel("E-mail address", { exact: true }).fill(email);
  await page.getByLabel("Mobile number").fill("98260 12345");
  await page.getByLabel("Password", { exact: true }).fill("Bhopal-2026-shop");
  await page.getByLabel("Password again").fill("Bhopal-2026-shop");
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page).toHaveURL("/sign-in?registered=seller");

  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill("Bhopal-2026-shop");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL("/seller");
  await expect(page.getByRole("heading", { name: "Your listings cannot go live yet" })).toBeVisible();

  await page.getByRole("navigation", { name: "Seller portal" }).getByRole("link", { name: "Profile" }).click();
  await expect(page.getByText("65 % complete")).toBeVisible();
  await page.getByRole("link", { name: "Bank account: holder's name, number and IFSC" }).click();
  await expect(page).toHaveURL(/#field-bankAccountNumber$/);
  await page.getByLabel("GSTIN").fill(buildGstin("23", pan));
  await page.getByLabel("Account holder's name").fill("Bhoj Office Essentials");
  await page.getByLabel("Account number").fill("30112233445");
  await page.getByLabel("IFSC").fill("sbin0030123");
  await page.getByRole("button", { name: "Save the profile" }).click();
  await expect(page.getByRole("status")).toHaveText("The profile is saved.");
  await expect(page.getByText("100 % complete")).toBeVisible();
  await expect(page.getByText("Awaiting verification", { exact: true })).toBeVisible();
  await expect(page.getByText("Nothing is missing.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("District")).toHaveValue(/\d+/);
  await expect(page.getByLabel("Block")).toHaveValue(/\d+/);

  // A state admin of another state cannot find it; Madhya Pradesh's admin verifies it.
  const findInQueue = async () => {
    await page.getByLabel("Status").selectOption({ label: "All statuses" });
    await page.getByLabel("Name or PAN").fill(pan);
    await page.getByRole("button", { name: "Apply filters" }).click();
  };
  const signOut = async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/");
  };
  await signOut();
  await signInAs(page, "admin.br@kraya.demo", "/admin/sellers");
  await findInQueue();
  await expect(page.getByRole("heading", { name: "No sellers match" })).toBeVisible();
  await signOut();
  await signInAs(page, "admin.mp@kraya.demo", "/admin/sellers");
  await findInQueue();
  await page.getByRole("link", { name: "Bhoj Office Essentials" }).first().click();
  await page.getByRole("button", { name: "Verify seller" }).click();
  await expect(page.getByRole("status")).toContainText("The seller is verified");
});

test("a facilitator registers a weaver on their behalf and the record shows who assisted", async ({ page }) => {
  const pan = uniquePan();
  const tradeName = `Koshta Chanderi Weaves ${pan.slice(5, 9)}`;
  await signInAs(page, "facilitator@kraya.demo", "/seller/assisted");
  await page.getByRole("link", { name: "Register a seller" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Register a seller on their behalf" })).toBeVisible();
  await page.getByLabel("Legal name").fill("Ramesh Koshta");
  await page.getByLabel("Trade name").fill(tradeName);
  await page.getByLabel("Legal form").selectOption({ label: "Individual (artisan or weaver)" });
  await page.getByLabel("PAN", { exact: true }).fill(pan);
  await page.getByLabel("Handloom weaver", { exact: true }).check();
  await page.getByLabel("Weaver identity card number").fill("WIC-MP-0045123");
  await page.getByLabel("Address", { exact: true }).fill("Ward 7, Koshta Mohalla");
  await page.getByLabel("PIN code").fill("462001");
  await choosePlace(page);
  await page.getByLabel("Account holder's name").fill("Ramesh Koshta");
  await page.getByLabel("Account number").fill("50100223344");
  await page.getByLabel("IFSC").fill("CBIN0281234");
  await page.getByLabel("Contact person's name").fill("Ramesh Koshta");
  await page.getByLabel("Contact person's mobile number").fill("9425098765");
  await page.getByRole("button", { name: "Register the seller" }).click();

  await expect(page).toHaveURL(/\/seller\/assisted\/\d+\?registered=1$/);
  await expect(page.getByRole("heading", { level: 1, name: `Profile of ${tradeName}` })).toBeVisible();
  await expect(page.getByText("The seller is registered.")).toBeVisible();
  await expect(page.getByText(/^Registered with the help of Vijay Meshram, Weavers' Service Centre/)).toBeVisible();
  await expect(page.getByText("100 % complete")).toBeVisible();

  await page.getByRole("link", { name: "Back to your sellers" }).click();
  await expect(page.getByRole("link", { name: `Edit ${tradeName}` })).toBeVisible();
});
