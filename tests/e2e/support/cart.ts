import { expect, type Page } from "@playwright/test";

// The demo seed leaves a few items in the demo buyer's cart: start from an empty one.
export async function emptyCart(page: Page) {
  await page.goto("/buyer/cart");
  const remove = page.getByRole("button", { name: /^Remove / });
  while ((await remove.count()) > 0) {
    const before = await remove.count();
    await remove.first().click();
    await expect(remove).toHaveCount(before - 1);
  }
}

// Adds a quantity of a product to the cart from its page, as a buyer does.
export async function addToCart(page: Page, productPath: string, quantity: number) {
  await page.goto(productPath);
  await page.getByLabel(/^Quantity/).fill(String(quantity));
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/buyer\/cart\?added=1/);
}

// Fills the checkout form with the demo organisation's consignee and paying authority.
export async function fillCheckout(page: Page) {
  await page.getByLabel("Consignee").selectOption({ index: 1 });
  await page.getByLabel("Paying authority (DDO)").selectOption({ index: 1 });
  await page.getByLabel("Delivery address").fill("Main Office, Arera Hills, Bhopal 462011");
  await page.getByLabel("Budget head").fill("2202-01-101 Office expenses");
}
