import { test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

// Each admin page, as the national admin sees it (with every navigation link), in both languages.
for (const locale of ["en", "hi"]) {
  test(`the admin pages have no WCAG A/AA violations (${locale})`, async ({ page, context, baseURL }) => {
    await signInAs(page, "admin@kraya.demo", "/admin/sellers");
    if (locale === "hi") await context.addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3100" }]);
    await page.goto("/admin/sellers?status=ALL");
    await expectNoViolations(page);
    const sellerLink = page.locator('a[href^="/admin/sellers/"]').first();
    await page.goto((await sellerLink.getAttribute("href")) ?? "/admin/sellers");
    await expectNoViolations(page);

    await page.goto("/admin/admins");
    await expectNoViolations(page);
    const adminLink = page.locator('a[href^="/admin/admins/"]:not([href$="/new"])').nth(1);
    await page.goto((await adminLink.getAttribute("href")) ?? "/admin/admins");
    await expectNoViolations(page);
    await page.goto("/admin/admins/new");
    await expectNoViolations(page);

    await page.goto("/admin/api-keys");
    await expectNoViolations(page);

    await page.goto("/admin/incidents");
    await expectNoViolations(page);

    await page.goto("/admin/audit");
    await page.locator("details summary").filter({ visible: true }).first().click();
    await expectNoViolations(page);
  });
}
