import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// axe's WCAG 2 A and AA rules on the page once it has settled. Next.js streams metadata:
// after a client-side navigation the <title> can be missing for a moment, or still the
// previous page's, so wait for the network to go quiet and for a title first.
export async function expectNoViolations(page: Page, options: { heading?: boolean } = {}) {
  await page.waitForLoadState("networkidle");
  await expect(page).toHaveTitle(/Kraya|क्रय/);
  if (options.heading) await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
