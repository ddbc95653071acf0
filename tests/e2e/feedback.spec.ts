import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

// The voice of the customer (issue 8): a buyer sends feedback from the search page, an
// official triages it and replies, the buyer reads the reply; an anonymous visitor follows
// theirs by the tracking link. Texts carry a stamp so that runs on one database do not meet.
const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const buyerText = `Chairs were easy to find; a filter by seat height would help (e2e ${stamp}).`;
const reply = `A seat height filter is planned for office chairs (e2e ${stamp}).`;
const visitorText = `Search for sarees in Hindi worked well on my phone (e2e ${stamp}).`;

const inHindi = (context: BrowserContext, baseURL: string | undefined) => context.addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3100" }]);
const thanks = (page: Page) => page.getByRole("status").filter({ hasText: "Thank you for your feedback" });
// Each anonymous test comes from an address of its own: the limits are per address.
const someAddress = () => `198.51.100.${1 + Math.floor(Math.random() * 254)}`;

test.describe.serial("feedback from search to reply", () => {
  test("a buyer sends feedback from the search page", async ({ page }) => {
    await signInAs(page, "buyer@kraya.demo");
    await page.goto("/search?q=chair");
    await page.getByRole("link", { name: "Tell us how search worked for you" }).click();
    await expect(page).toHaveURL(/\/feedback\/new\?page=%2Fsearch%3Fq%3Dchair&category=search/);
    await expect(page.getByRole("heading", { level: 1, name: "Send feedback" })).toBeVisible();
    await expect(page.getByText("About: Search results")).toBeVisible();
    await expect(page.getByLabel("What is it about?")).toHaveValue("search");
    await page.getByRole("radio", { name: "4 stars: good" }).check();
    await page.getByLabel("Your feedback", { exact: true }).fill(buyerText);
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expect(thanks(page)).toBeVisible();
    await thanks(page).getByRole("link", { name: "My feedback" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My feedback" })).toBeVisible();
    const mine = page.getByRole("article").filter({ hasText: buyerText });
    await expect(mine.getByText("New", { exact: true })).toBeVisible();
    await expect(mine.getByText("No reply yet.")).toBeVisible();
  });

  test("the national admin finds it, acknowledges it and plans the change with a reply", async ({ page }) => {
    await signInAs(page, "admin@kraya.demo", "/admin");
    await page.getByRole("navigation", { name: "Officials' portal" }).getByRole("link", { name: "Feedback", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Feedback" })).toBeVisible();
    await page.getByLabel("Status").selectOption({ label: "New" });
    await page.getByLabel("Category").selectOption({ label: "Search" });
    await page.getByLabel("Page address contains").fill("/search");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/status=NEW&category=search/);
    await page.getByRole("link", { name: buyerText }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: /^Feedback #\d+$/ })).toBeVisible();
    await expect(page.getByText(buyerText)).toBeVisible();

    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Acknowledged" });
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toContainText("Saved");
    await expect(page.getByRole("heading", { level: 1 }).locator("..").getByText("Acknowledged", { exact: true })).toBeVisible();

    // Done needs a reply: the server says so next to the reply box.
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Done" });
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Write a reply: Done and Won't do need one.");

    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Planned" });
    await page.getByLabel("Reply to the sender").fill(reply);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toContainText("Saved");
    await expect(page.getByRole("heading", { level: 1 }).locator("..").getByText("Planned", { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "Reply the sender sees" })).toContainText(reply);
  });

  test("the buyer sees the status and the reply, and was notified", async ({ page }) => {
    await signInAs(page, "buyer@kraya.demo");
    await page.goto("/feedback");
    const mine = page.getByRole("article").filter({ hasText: buyerText });
    await expect(mine.getByText("Planned", { exact: true })).toBeVisible();
    await expect(mine).toContainText(reply);
    await page.goto("/notifications");
    await expect(page.getByText("A change is planned after your feedback").first()).toBeVisible();
  });
});

test("an anonymous visitor sends feedback and follows it by the tracking link", async ({ page, context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": someAddress() });
  await page.goto("/search?q=saree");
  await page.getByRole("link", { name: "Tell us how search worked for you" }).click();
  await expect(page.getByText("You do not need to sign in")).toBeVisible();
  await page.getByRole("radio", { name: "5 stars: very good" }).check();
  await page.getByLabel("Your feedback", { exact: true }).fill(visitorText);
  // People take a few seconds; a form sent sooner is taken for a robot's.
  await page.waitForTimeout(3_500);
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page).toHaveURL(/\/feedback\/t\/[A-Za-z0-9_-]{32}\?sent=1$/);
  await expect(thanks(page)).toContainText("Keep this link to see the reply");
  const link = (await thanks(page).getByRole("link").textContent()) ?? "";
  expect(link).toMatch(/^http:\/\/localhost:\d+\/feedback\/t\/[A-Za-z0-9_-]{32}$/);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Your feedback" })).toBeVisible();
  const feedback = page.getByRole("article").filter({ hasText: visitorText });
  await expect(feedback.getByText("New", { exact: true })).toBeVisible();
  await expect(feedback.getByText("5 out of 5")).toBeVisible();
});

for (const locale of ["en", "hi"]) {
  test(`the feedback form and the admin's feedback pages have no WCAG A/AA violations (${locale})`, async ({ page, context, baseURL }) => {
    if (locale === "hi") await inHindi(context, baseURL);
    await page.goto("/feedback/new?page=%2Fsearch&category=search");
    await expectNoViolations(page, { heading: true });
    // The error summary, from the browser's own check of the empty form.
    await page.getByRole("button", { name: locale === "hi" ? "सुझाव भेजें" : "Send feedback" }).click();
    await expect(page.getByRole("alert", { name: /problem|समस्या/ })).toBeVisible();
    await expectNoViolations(page);
    await page.goto("/feedback");
    await expectNoViolations(page, { heading: true });

    await context.clearCookies();
    await signInAs(page, "admin@kraya.demo", "/admin/feedback");
    if (locale === "hi") await inHindi(context, baseURL);
    await page.goto("/admin/feedback");
    await expectNoViolations(page, { heading: true });
    const first = page.locator('a[href^="/admin/feedback/"]:not([href$="/insights"])').filter({ visible: true }).first();
    await page.goto((await first.getAttribute("href")) ?? "/admin/feedback");
    await expectNoViolations(page, { heading: true });
    await page.goto("/admin/feedback/insights");
    await expectNoViolations(page, { heading: true });
  });
}
