import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/sign-in";

// A head of office registers an organisation in Madhya Pradesh, the state admin of Madhya
// Pradesh verifies it while Bihar's cannot even see it, then the head of office creates a
// buyer, a consignee and a paying authority, deactivates one and reads the activity log.
const stamp = Date.now();
const head = { name: "Dr Meera Joshi", email: `director.${stamp}@health.mp.gov.in`, password: "Swasthya-2026" };
const organisationName = `Directorate of Medical Education ${stamp}`;

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

async function createUser(page: Page, name: string, email: string, roles: string[]) {
  await page.goto("/buyer/users");
  await page.getByRole("link", { name: "Create a user" }).click();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Designation").fill("Officer");
  await page.getByLabel("Official e-mail address").fill(email);
  await page.getByLabel("Mobile number").fill("9812345678");
  for (const role of roles) await page.getByRole("checkbox", { name: role, exact: true }).check();
  await page.getByRole("button", { name: "Create the user" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(`A link to choose a password has been sent to ${email}`);
}

test.describe.configure({ mode: "serial" });

test("a head of office registers an organisation, sees it pending, and cannot yet create users", async ({ page }) => {
  await page.goto("/register/buyer");
  await expect(page.getByRole("heading", { level: 1, name: "Register a buyer organisation" })).toBeVisible();

  // A first attempt with a web-mail address and mismatched passwords is refused field by field.
  await page.getByLabel("Full name").fill(head.name);
  await page.getByLabel("Designation").fill("Director");
  await page.getByLabel("Official e-mail address").fill(`meera.joshi.${stamp}@gmail.com`);
  await page.getByLabel("Mobile number").fill("9876501234");
  await page.getByLabel("Password", { exact: true }).fill(head.password);
  await page.getByLabel("Password again").fill("Something-else-1");
  await page.getByLabel("Type of organisation").selectOption({ label: "State government department" });
  await page.getByLabel("Government", { exact: true }).selectOption({ label: "State government" });
  await page.getByLabel("Which state government").selectOption({ label: "Madhya Pradesh" });
  await page.getByLabel("Department", { exact: true }).selectOption({ label: "Department of Public Health and Family Welfare" });
  await page.getByLabel("Name of the organisation").fill(organisationName);
  await page.getByLabel("Name of the office").fill("Head Office, Bhopal");
  await page.getByLabel("Address", { exact: true }).fill("Satpura Bhawan, Arera Hills");
  await page.getByLabel("PIN code").fill("462004");
  await page.getByLabel("State or union territory").selectOption({ label: "Madhya Pradesh" });
  await page.getByLabel("District").selectOption({ label: "Bhopal" });
  await page.getByRole("button", { name: "Register the organisation" }).click();
  const summary = page.getByRole("alert", { name: "There are 2 problems" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: /Use your official e-mail address/ })).toBeVisible();
  await expect(summary.getByRole("link", { name: "The two passwords do not match" })).toBeVisible();

  await page.getByLabel("Official e-mail address").fill(head.email);
  await page.getByLabel("Password again").fill(head.password);
  await page.getByRole("button", { name: "Register the organisation" }).click();
  await expect(page).toHaveURL("/sign-in?registered=buyer");

  await signInWithPassword(page, head.email, head.password);
  await page.goto("/buyer");
  await expect(page.getByRole("heading", { name: "Your organisation is waiting for verification" })).toBeVisible();
  await page.goto("/buyer/users");
  await expect(page.getByText("You can create users once a marketplace official has verified your organisation.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Create a user" })).toHaveCount(0);
});

test("the state admin of Madhya Pradesh verifies it; Bihar's admin cannot see it", async ({ page }) => {
  await signInAs(page, "admin.mp@kraya.demo", "/admin/organisations");
  await expect(page.getByRole("heading", { level: 1, name: "Buyer organisations" })).toBeVisible();
  await page.getByRole("link", { name: organisationName }).filter({ visible: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: organisationName })).toBeVisible();
  await expect(page.getByText(head.email)).toBeVisible();
  const organisationUrl = page.url();
  await page.getByRole("button", { name: "Verify the organisation" }).click();
  await expect(page.getByText("Verified", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Verify the organisation" })).toHaveCount(0);

  await page.context().clearCookies();
  await signInAs(page, "admin.br@kraya.demo", "/admin/organisations");
  await expect(page.getByRole("link", { name: organisationName })).toHaveCount(0);
  const response = await page.goto(organisationUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("the head of office creates a buyer, a consignee and a paying authority, deactivates one and reads the activity", async ({ page }) => {
  await signInWithPassword(page, head.email, head.password);
  await page.goto("/buyer");
  await expect(page.getByRole("heading", { name: "Your organisation is waiting for verification" })).toHaveCount(0);

  await createUser(page, "Ravi Kumar", `ravi.${stamp}@health.mp.gov.in`, ["Buyer"]);
  await createUser(page, "Sushma Rao", `sushma.${stamp}@health.mp.gov.in`, ["Consignee", "Buyer"]);
  await createUser(page, "Alok Mishra", `alok.${stamp}@health.mp.gov.in`, ["Paying authority"]);

  await page.getByRole("button", { name: "Deactivate the account" }).click();
  await expect(page.getByRole("status")).toContainText("Account deactivated");
  await expect(page.getByRole("button", { name: "Reactivate the account" })).toBeVisible();

  await page.getByRole("link", { name: "Users", exact: true }).click();
  // A table on wide screens, a list of cards on phones.
  const users = page.getByRole("table", { name: "Users of your organisation" }).or(page.getByRole("list", { name: "Users of your organisation" }));
  const user = (name: string) => users.getByRole("row").or(users.getByRole("listitem")).filter({ hasText: name });
  await expect(user("Alok Mishra")).toContainText("Deactivated");
  await expect(user("Sushma Rao")).toContainText("Consignee");

  await page.getByRole("link", { name: "Activity", exact: true }).click();
  await expect(page.getByText(`${head.name} created user Ravi Kumar (Buyer)`)).toBeVisible();
  await expect(page.getByText(`${head.name} created user Sushma Rao (Buyer, Consignee)`)).toBeVisible();
  await expect(page.getByText(`${head.name} deactivated Alok Mishra`)).toBeVisible();
  await expect(page.getByText("Rakesh Shukla verified the organisation")).toBeVisible();
  await expect(page.getByText(`${head.name} registered the organisation`)).toBeVisible();

  await page.getByLabel("Action").selectOption({ label: "User deactivated" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { name: "1 event" })).toBeVisible();
});
