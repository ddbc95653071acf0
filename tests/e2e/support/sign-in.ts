import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Kraya@2026";

// Signs in through the form, as a person does; `path` is where they were trying to go.
export async function signInAs(page: Page, email: string, path = "/sign-in") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 15_000 });
}
