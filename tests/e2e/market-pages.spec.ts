import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { MARKET_PAGES } from "@/lib/catalogue/market-pages";
import { signInAs } from "./support/sign-in";

// Market pages for anonymous visitors, following a market page, the notification centre.
// The step "an SHG listing is approved -> the follower is alerted" is covered by the
// integration tests (tests/integration/catalogue-alerts.test.ts) and the approval queue's own spec.

async function inHindi(page: Page, baseURL: string | undefined) {
  await page.context().addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3100" }]);
}

const NAMES = {
  en: { "india-handloom": "India Handloom", "india-handicraft": "India Handicraft", "saras-collection": "SARAS Collection", womaniya: "Womaniya", "startup-runway": "Startup Runway" },
  hi: { "india-handloom": "इंडिया हैंडलूम", "india-handicraft": "इंडिया हैंडीक्राफ्ट", "saras-collection": "सरस संग्रह", womaniya: "वुमनिया", "startup-runway": "स्टार्टअप रनवे" },
} as const;

for (const language of ["en", "hi"] as const) {
  test(`an anonymous visitor opens every market page in ${language === "en" ? "English" : "Hindi"}`, async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    if (language === "hi") await inHindi(page, baseURL);
    await page.goto("/");
    await page.getByRole("link", { name: language === "en" ? "All market pages" : "सभी बाज़ार पृष्ठ" }).click();
    await expect(page).toHaveURL(/\/market$/);
    await expectNoViolations(page, { heading: true });
    for (const { slug } of MARKET_PAGES) {
      await page.goto(`/market/${slug}`);
      await expect(page.getByRole("heading", { level: 1, name: NAMES[language][slug] })).toBeVisible();
      await expect(page.getByRole("link", { name: language === "en" ? "Sign in to follow" : "फ़ॉलो करने के लिए साइन इन करें" })).toBeVisible();
      await expect(page.locator(`a[href^="/search?market=${slug}"]`).first()).toBeAttached();
      await expect(page.getByRole("article").first()).toBeVisible();
      await expectNoViolations(page, { heading: true });
    }
  });
}

test("a buyer follows the SARAS page, sees it on the following page and unfollows", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // Each project signs in as another demo buyer: the two share one database.
  await signInAs(page, testInfo.project.name === "phone" ? "consignee@kraya.demo" : "buyer@kraya.demo", "/buyer/follows");
  await expectNoViolations(page, { heading: true });
  await page.goto("/market/saras-collection");
  await page.getByRole("button", { name: "Follow SARAS Collection" }).click();
  await expect(page.getByRole("button", { name: "Unfollow: SARAS Collection" })).toBeVisible();
  await expectNoViolations(page, { heading: true });
  // A category, followed from a product of it.
  await page.goto("/products/13");
  const followCategory = page.getByRole("button", { name: /^Follow / });
  const category = ((await followCategory.textContent()) ?? "").replace(/^\+?\s*Follow /, "");
  await followCategory.click();
  await expect(page.getByRole("button", { name: `Unfollow: ${category}` })).toBeVisible();
  await page.goto("/buyer/follows");
  await expect(page.getByRole("link", { name: "SARAS Collection" })).toBeVisible();
  await expect(page.getByRole("link", { name: category })).toBeVisible();
  await page.getByRole("button", { name: `Unfollow: ${category}` }).click();
  await expect(page.getByRole("link", { name: category })).toHaveCount(0);
  await page.getByLabel("Daily digest", { exact: false }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Daily digest", { exact: false })).toBeChecked();
  await expectNoViolations(page, { heading: true });
  await page.getByRole("button", { name: "Unfollow: SARAS Collection" }).click();
  await expect(page.getByText("You do not follow anything yet.")).toBeVisible();
  await page.getByLabel("At once", { exact: false }).check();
  await page.getByRole("button", { name: "Save" }).click();
});

for (const language of ["en", "hi"] as const) {
  test(`the notification centre lists the seeded alerts in ${language === "en" ? "English" : "Hindi"} and marks them read`, async ({ page, baseURL }, testInfo) => {
    await signInAs(page, language === "en" ? "head@kraya.demo" : "paying@kraya.demo", "/buyer");
    if (language === "hi") await inHindi(page, baseURL);
    await page.goto("/buyer");
    await page.getByRole("link", { name: language === "en" ? /^Notifications/ : /^सूचनाएँ/ }).click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await expectNoViolations(page, { heading: true });
    if (testInfo.project.name === "desktop") {
      const markAll = page.getByRole("button", { name: language === "en" ? "Mark all as read" : "सभी को पढ़ा हुआ चिह्नित करें" });
      if (await markAll.isVisible()) await markAll.click();
      await expect(page.getByText(language === "en" ? "Nothing unread" : "कोई अपठित नहीं")).toBeVisible();
    }
  });
}
