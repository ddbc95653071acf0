import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

// Issue 8's help centre: it answers "how do I accept goods" in English and Hindi, a seller
// guide reads in Tamil, the manuals download as PDFs, and the consignee's order page links to
// the guide. On desktop and phone.

async function askHelp(page: Page, label: string, question: string) {
  const box = page.getByRole("searchbox", { name: label });
  await box.fill(question);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/help\?q=/);
}

test("answers “how do I accept goods” in English, and in Hindi once the interface is Hindi", async ({ page }) => {
  await page.goto("/help");
  await expect(page.getByRole("heading", { level: 1, name: "Help centre" })).toBeVisible();
  await askHelp(page, "Search the help", "how do I accept goods");
  const answers = page.getByRole("region", { name: "Answers for “how do I accept goods”" });
  await expect(answers.getByRole("link").first()).toHaveText("Accept goods (consignee)");
  await answers.getByRole("link", { name: "Accept goods (consignee)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accept goods (consignee)" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("article")).toContainText("Record receipt");

  await page.getByRole("button", { name: "हिन्दी" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("heading", { level: 1, name: "माल स्वीकार करें (प्रेषिती)" })).toBeVisible();
  await page.goto("/help");
  await askHelp(page, "सहायता में खोजें", "माल कैसे स्वीकार करें");
  const hindiAnswers = page.getByRole("region", { name: "“माल कैसे स्वीकार करें” के उत्तर" });
  await expect(hindiAnswers.getByRole("link").first()).toHaveText("माल स्वीकार करें (प्रेषिती)");
  await hindiAnswers.getByRole("link", { name: "माल स्वीकार करें (प्रेषिती)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "माल स्वीकार करें (प्रेषिती)" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("article")).toContainText("प्राप्ति दर्ज करें");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a seller guide reads in Tamil, while the interface stays in English", async ({ page }) => {
  await page.goto("/help/guides/register-as-seller");
  await expect(page.getByRole("heading", { level: 1, name: "Register as a seller" })).toBeVisible();
  await page.getByRole("navigation", { name: "Languages of this guide" }).getByRole("link", { name: "தமிழ்" }).click();
  await expect(page).toHaveURL(/\/help\/guides\/register-as-seller\?lang=ta$/);
  const article = page.getByRole("article");
  await expect(article).toHaveAttribute("lang", "ta");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText("விற்பனையாளராகப் பதிவு செய்யுங்கள்");
  await expect(article).toContainText("தயாராக வைத்திருக்க வேண்டியவை");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Languages of this guide" }).getByRole("link", { name: "English" })).toBeVisible();
  await expectNoViolations(page, { heading: true });
});

test("a Tamil question on the English help page finds the Tamil seller guide", async ({ page }) => {
  await page.goto("/help");
  await askHelp(page, "Search the help", "விற்பனையாளராக எப்படி பதிவு செய்வது");
  const answers = page.getByRole("region", { name: /^Answers for/ });
  await expect(answers).toContainText("Searched the help in தமிழ்.");
  await answers.getByRole("link", { name: "விற்பனையாளராகப் பதிவு செய்யுங்கள்" }).click();
  await expect(page).toHaveURL(/\?lang=ta$/);
  await expect(page.getByRole("article")).toHaveAttribute("lang", "ta");
});

test("the manuals download as PDFs", async ({ page }) => {
  await page.goto("/help");
  const manuals = page.getByRole("region", { name: "Manuals to download" });
  for (const name of ["Seller's manual, தமிழ் (PDF)", "Buyer's manual, हिन्दी (PDF)"]) {
    const href = await manuals.getByRole("link", { name }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.ok()).toBe(true);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="kraya-(seller-ta|buyer-hi)\.pdf"$/);
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  }
});

test("the consignee's order page links “How do I accept goods?” to the guide", async ({ page }) => {
  await signInAs(page, "consignee@kraya.demo", "/buyer/orders");
  const waiting = page
    .getByRole("listitem")
    .or(page.getByRole("row"))
    .filter({ hasText: /Accept or reject the goods/, visible: true });
  await waiting.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/buyer\/orders\/\d+$/);
  const help = page.getByRole("link", { name: "How do I accept goods?" });
  await expect(help).toHaveAttribute("href", "/help/guides/accept-goods");
  await help.click();
  await expect(page.getByRole("heading", { level: 1, name: "Accept goods (consignee)" })).toBeVisible();
});

for (const locale of ["en", "hi"] as const) {
  test(`the help centre and a guide have no WCAG A/AA violations (${locale})`, async ({ page, context, baseURL }) => {
    if (locale === "hi") await context.addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3100" }]);
    await page.goto("/help");
    await expectNoViolations(page, { heading: true });
    await page.goto(`/help?q=${encodeURIComponent(locale === "en" ? "when will I be paid" : "भुगतान कब मिलेगा")}`);
    await expectNoViolations(page, { heading: true });
    await page.goto("/help/guides/accept-goods");
    await expect(page.getByRole("article")).toHaveAttribute("lang", locale);
    await expectNoViolations(page, { heading: true });
  });
}
