import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const analyse = (page: Page) => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();

// axe's WCAG 2 A and AA rules on the page. Next.js streams metadata: after a client-side
// navigation the <title> can be replaced a moment after the content, so a missing title is
// checked again once the title is back, rather than reported.
export async function expectNoViolations(page: Page, options: { heading?: boolean } = {}) {
  await expect(page).toHaveTitle(/Kraya|क्रय/);
  if (options.heading) await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  let results = await analyse(page);
  if (results.violations.some((violation) => violation.id === "document-title")) {
    await expect(page).toHaveTitle(/Kraya|क्रय/);
    results = await analyse(page);
  }
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
