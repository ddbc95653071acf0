import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { HelpLink } from "@/components/help/help-link";
import { Card } from "@/components/ui/card";
import { hasRole } from "@/lib/auth/actor";
import { requirePortal } from "@/lib/auth/require";
import { getCart } from "@/lib/cart/get-cart";
import { findDeliveryDestination } from "@/lib/catalogue/delivery-destination";
import { compareCartL1 } from "@/lib/orders/l1-comparison";
import { destinationName } from "@/components/catalogue/destination-name";
import { getDatabase } from "@/lib/db/client";
import { formatRupees } from "@/lib/money/format";
import { getCheckoutOptions } from "@/lib/orders/checkout-options";
import { L1Comparison } from "../_components/l1-comparison";
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
  const [cart, options, { destination }, locale] = await Promise.all([getCart(db, ctx), getCheckoutOptions(db, ctx), findDeliveryDestination(db, ctx, {}), getLocale()]);
  if (cart.orders.length === 0) redirect("/buyer/cart");
  const l1Lines = [...(await compareCartL1(db, cart, destination?.stateId ?? null)).values()];
  const place = destination ? destinationName(destination, locale) : t("cart.l1.place");
  return (
    <>
      <div>
        <Link href="/buyer/cart" className="font-semibold text-navy-800 underline">
          {t("checkout.back")}
        </Link>
        <h1 className="mt-3 text-3xl font-bold text-navy-900">{t("checkout.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("checkout.intro")}</p>
        <HelpLink topic="placeOrder" className="mt-2" />
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
        {l1Lines.map((line) => (
          <L1Comparison key={line.listingId} line={line} place={place} />
        ))}
      </Card>
      <Card aria-labelledby="checkout-details">
        <h2 id="checkout-details" className="mb-4 text-xl font-bold text-navy-900">
          {t("checkout.details")}
        </h2>
        <CheckoutForm
          idempotencyKey={randomBytes(18).toString("base64url")}
          consignees={options.consignees}
          payingAuthorities={options.payingAuthorities}
          needsL1Reason={l1Lines.some((line) => !line.isLowest)}
          action={placeOrdersAction}
        />
      </Card>
    </>
  );
}
