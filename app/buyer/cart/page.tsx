import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { destinationName } from "@/components/catalogue/destination-name";
import { localName } from "@/components/portal/local-name";
import { OrderTotals } from "@/components/portal/order-totals";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { HelpLink } from "@/components/help/help-link";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { hasRole } from "@/lib/auth/actor";
import { requirePortal } from "@/lib/auth/require";
import { getCart, type CartOrder } from "@/lib/cart/get-cart";
import { findDeliveryDestination } from "@/lib/catalogue/delivery-destination";
import { compareCartL1, type L1Line } from "@/lib/orders/l1-comparison";
import { getDatabase } from "@/lib/db/client";
import type { BuyingMode } from "@/lib/db/generated/enums";
import { formatRupees } from "@/lib/money/format";
import { CartLineRow, type LineError } from "./_components/cart-line-row";
import { L1Comparison } from "./_components/l1-comparison";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cart");
  return { title: t("title") };
}

type PageProps = { searchParams: Promise<{ added?: string; updated?: string; line?: string; error?: string }> };

const MODE_TONES: Record<BuyingMode, BadgeTone> = { DIRECT: "success", L1: "info", BID: "danger" };

export default async function CartPage({ searchParams }: PageProps) {
  const actor = await requirePortal("buyer", "/buyer/cart");
  if (!hasRole(actor, "BUYER")) forbidden();
  const [t, query, ctx] = await Promise.all([getTranslations("cart"), searchParams, actionContext()]);
  const { db } = getDatabase();
  const [cart, { destination }] = await Promise.all([getCart(db, ctx), findDeliveryDestination(db, ctx, {})]);
  const l1Lines = await compareCartL1(db, cart, destination?.stateId ?? null);
  const place = destination ? destinationName(destination, await getLocale()) : t("l1.place");
  const lineError: LineError | null = query.line && query.error?.startsWith("cart.errors.") ? { listingId: Number(query.line), message: query.error } : null;
  const tc = await getTranslations("checkout");
  // Orders needing a bid, and lines that cannot be ordered as they stand, must change first.
  const canCheckOut =
    cart.orders.length > 0 &&
    cart.orders.every((order) => order.mode !== "BID" && order.lines.every((line) => line.isAvailable && l1Lines.get(line.listingId)?.enough !== false));
  const done = query.added ? t("added") : query.updated ? t("updated") : null;
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
        <HelpLink topic="placeOrder" className="mt-2" />
      </div>
      {done ? (
        <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
          {done}
        </p>
      ) : null}
      {cart.orders.length === 0 ? (
        <Card as="div">
          <p className="text-slate-800">{t("empty")}</p>
          <ButtonLink href="/search" className="mt-4">
            {t("browse")}
          </ButtonLink>
        </Card>
      ) : (
        <>
          {cart.orders.map((order) => (
            <CartOrderCard key={order.seller.id} order={order} lineError={lineError} l1Lines={l1Lines} place={place} />
          ))}
          <div className="flex flex-wrap items-center justify-end gap-4">
            <p className="text-xl font-bold text-navy-900 tabular-nums">{t("grandTotal", { amount: formatRupees(cart.totalPaise, { withPaise: true }) })}</p>
            {canCheckOut ? <ButtonLink href="/buyer/cart/checkout">{tc("toCheckout")}</ButtonLink> : null}
          </div>
        </>
      )}
    </>
  );
}

type CartOrderCardProps = { order: CartOrder; lineError: LineError | null; l1Lines: Map<number, L1Line>; place: string };

async function CartOrderCard({ order, lineError, l1Lines, place }: CartOrderCardProps) {
  const [t, locale] = await Promise.all([getTranslations("cart"), getLocale()]);
  const headingId = `order-${order.seller.id}`;
  return (
    <Card aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-xl font-bold text-navy-900">
            {t("orderFrom", { seller: order.seller.name })}
          </h2>
          <p className="text-sm text-slate-700">{t("sellerState", { state: localName(locale, order.seller.state) })}</p>
        </div>
        <Badge tone={MODE_TONES[order.mode]}>{t(`modes.${order.mode}.name`)}</Badge>
      </div>
      <p className={`mt-3 rounded-md border-l-4 p-3 ${order.mode === "BID" ? "border-red-700 bg-red-50 text-red-900" : "border-navy-600 bg-navy-50 text-slate-800"}`}>
        {t(`modes.${order.mode}.text`)}
        {order.mode === "BID" ? (
          <>
            {" "}
            <Link href="/buyer/bids/new" className="font-semibold underline">
              {t("modes.BID.toBid")}
            </Link>
          </>
        ) : null}
      </p>
      <ul aria-label={t("caption", { seller: order.seller.name })} className="mt-4 divide-y divide-navy-100 border-y border-navy-100">
        {order.lines.map((line) => (
          <CartLineRow key={line.listingId} line={line} error={lineError?.listingId === line.listingId ? lineError.message : null} />
        ))}
      </ul>
      <OrderTotals valuePaise={order.valuePaise} gstPaise={order.gstPaise} totalPaise={order.totalPaise} />
      {order.lines.map((line) => {
        const compared = l1Lines.get(line.listingId);
        return compared ? <L1Comparison key={line.listingId} line={compared} place={place} /> : null;
      })}
    </Card>
  );
}
