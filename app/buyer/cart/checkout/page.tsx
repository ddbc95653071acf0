import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { Card } from "@/components/ui/card";
import { hasRole } from "@/lib/auth/actor";
import { requirePortal } from "@/lib/auth/require";
import { getCart } from "@/lib/cart/get-cart";
import { getDatabase } from "@/lib/db/client";
import { formatRupees } from "@/lib/money/format";
import { getCheckoutOptions } from "@/lib/orders/checkout-options";
import { CheckoutForm } from "./_components/checkout-form";
import { placeOrdersAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout");
  return { title: t("title") };
}

export default async function CheckoutPage() {
  const actor = await requirePortal("buyer", "/buyer/cart/checkout");
  if (!hasRole(actor, "BUYER")) forbidden();
  const [t, ctx] = await Promise.all([getTranslations(), actionContext()]);
  const { db } = getDatabase();
  const [cart, options] = await Promise.all([getCart(db, ctx), getCheckoutOptions(db, ctx)]);
  if (cart.orders.length === 0) redirect("/buyer/cart");
  return (
    <>
      <div>
        <Link href="/buyer/cart" className="font-semibold text-navy-800 underline">
          {t("checkout.back")}
        </Link>
        <h1 className="mt-3 text-3xl font-bold text-navy-900">{t("checkout.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("checkout.intro")}</p>
      </div>
      <Card aria-labelledby="checkout-orders">
        <h2 id="checkout-orders" className="text-xl font-bold text-navy-900">
          {t("checkout.orders", { count: cart.orders.length })}
        </h2>
        <ul id="field-cart" tabIndex={-1} className="mt-3 divide-y divide-navy-100">
          {cart.orders.map((order) => (
            <li key={order.seller.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span>
                {order.seller.name} · {t(`cart.modes.${order.mode}.name`)}
              </span>
              <span className="font-semibold tabular-nums">{formatRupees(order.totalPaise, { withPaise: true })}</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card aria-labelledby="checkout-details">
        <h2 id="checkout-details" className="mb-4 text-xl font-bold text-navy-900">
          {t("checkout.details")}
        </h2>
        <CheckoutForm
          idempotencyKey={randomBytes(18).toString("base64url")}
          consignees={options.consignees}
          payingAuthorities={options.payingAuthorities}
          hasL1Order={cart.orders.some((order) => order.mode === "L1")}
          action={placeOrdersAction}
        />
      </Card>
    </>
  );
}
