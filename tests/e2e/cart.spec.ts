import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { emptyCart, fillCheckout } from "./support/cart";
import { signInAs } from "./support/sign-in";

// The demo buyer empties the cart, puts a desk bench (Rs 12,000 + 18 % GST, demo seed) in it,
// watches the buying rule change with the quantity (direct purchase, L1 purchase, a bid), and
// places a direct purchase, which the seller then accepts.
const PRODUCT = "/products/13";

test("a buyer fills the cart, sees which buying rule applies and places a direct purchase that the seller accepts", async ({ page, baseURL }) => {
  await signInAs(page, "buyer@kraya.demo", "/buyer/cart");
  await emptyCart(page);
  await page.goto(PRODUCT);
  const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  const quantity = page.getByLabel(/^Quantity/);
  await quantity.fill("0");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Order at least this product's minimum quantity").first()).toBeVisible();
  await quantity.fill("2");
  await page.getByRole("button", { name: "Add to cart" }).click();

  await expect(page).toHaveURL(/\/buyer\/cart\?added=1/);
  await expect(page.getByRole("status").filter({ hasText: "Added to your cart." })).toBeVisible();
  const order = page.getByRole("region", { name: /^Order from / });
  await expect(order).toContainText("Direct purchase");
  await expect(order).toContainText("Rs 28,320.00");
  await expectNoViolations(page);

  const line = page.getByLabel(`Quantity of ${title}`);
  await line.fill("5");
  await order.getByRole("button", { name: "Update" }).click();
  await expect(order).toContainText("L1 purchase");
  await expect(order).toContainText("Rs 70,800.00");

  await page.getByLabel(`Quantity of ${title}`).fill("71");
  await order.getByRole("button", { name: "Update" }).click();
  await expect(order).toContainText("Bid needed");
  await expect(order).toContainText("cannot be placed from the cart");
  await expect(page.getByRole("link", { name: "Check out" })).toHaveCount(0);
  await order.getByRole("link", { name: "Invite a bid for this requirement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invite a bid" })).toBeVisible();
  await expect(page.getByText(/Estimated value: Rs 10,05,360\.00/)).toBeVisible();
  await expectNoViolations(page);
  await page.goto("/buyer/cart");

  await page.getByLabel(`Quantity of ${title}`).fill("100000");
  await order.getByRole("button", { name: "Update" }).click();
  await expect(page.getByText("The seller does not have that many units in stock")).toBeVisible();
  await expect(page.getByLabel(`Quantity of ${title}`)).toHaveAttribute("aria-invalid", "true");

  await page.context().addCookies([{ name: "KRAYA_LOCALE", value: "hi", url: baseURL ?? "http://localhost:3100" }]);
  await page.goto("/buyer/cart");
  await expect(page.getByRole("heading", { level: 1, name: "आपका कार्ट" })).toBeVisible();
  await expectNoViolations(page);
  await page.goto("/buyer/cart/checkout");
  await expectNoViolations(page);
  await page.context().clearCookies({ name: "KRAYA_LOCALE" });

  // Back to a direct purchase, and check out.
  await page.goto("/buyer/cart");
  await page.getByLabel(`Quantity of ${title}`).fill("2");
  await order.getByRole("button", { name: "Update" }).click();
  await expect(order).toContainText("Direct purchase");
  await page.getByRole("link", { name: "Check out" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check out" })).toBeVisible();
  await page.getByRole("button", { name: "Place orders" }).click();
  await expect(page.getByRole("alert", { name: /problem/ })).toBeFocused();
  await fillCheckout(page);
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Place orders" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Orders placed" })).toBeVisible();
  const placed = page.getByRole("heading", { level: 2, name: /^Order KRY-\d{4}-\d{8}$/ });
  await expect(placed).toBeVisible();
  const number = ((await placed.textContent()) ?? "").replace(/^Order /, "");
  await expect(page.getByText(/The seller must accept or reject it by/)).toBeVisible();
  await expectNoViolations(page);
  await page.goto("/buyer/cart");
  await expect(page.getByText("Your cart is empty.")).toBeVisible();

  // The seller sees the order waiting for an answer, and accepts it.
  await page.context().clearCookies();
  await signInAs(page, "mse.seller@kraya.demo", "/seller/orders");
  await expect(page.getByRole("heading", { level: 2, name: "Needs my action" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: number }).filter({ visible: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
  await page.getByRole("button", { name: "Reject order" }).click();
  await expect(page.getByRole("alert", { name: /problem/ })).toBeFocused();
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Accept order" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The order is accepted." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Accept order" })).toHaveCount(0);
});
