import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { destinationName } from "@/components/catalogue/destination-name";
import { Card } from "@/components/ui/card";
import { hasRole } from "@/lib/auth/actor";
import { requirePortal } from "@/lib/auth/require";
import { getCart } from "@/lib/cart/get-cart";
import { findDeliveryDestination } from "@/lib/catalogue/delivery-destination";
import { getDatabase } from "@/lib/db/client";
import { formatRupees } from "@/lib/money/format";
import { compareCartL1 } from "@/lib/orders/l1-comparison";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bidRequirement");
  return { title: t("title") };
}

// Where the cart sends a requirement it cannot buy: the orders above the L1 limit and the
// L1 lines with fewer than three equivalent offers, with their estimated value.
export default async function NewBidPage() {
  const actor = await requirePortal("buyer", "/buyer/bids/new");
  if (!hasRole(actor, "BUYER")) forbidden();
  const [t, locale, ctx] = await Promise.all([getTranslations("bidRequirement"), getLocale(), actionContext()]);
  const { db } = getDatabase();
  const [cart, { destination }] = await Promise.all([getCart(db, ctx), findDeliveryDestination(db, ctx, {})]);
  const l1Lines = await compareCartL1(db, cart, destination?.stateId ?? null);
  const lines = cart.orders.flatMap((order) => order.lines.filter((line) => order.mode === "BID" || l1Lines.get(line.listingId)?.enough === false));
  const estimate = lines.reduce((sum, line) => sum + line.valuePaise + line.gstPaise, 0n);
  return (
    <>
      <div>
        <Link href="/buyer/cart" className="font-semibold text-navy-800 underline">
          {t("back")}
        </Link>
        <h1 className="mt-3 text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      <Card aria-labelledby="bid-requirement">
        <h2 id="bid-requirement" className="text-xl font-bold text-navy-900">
          {t("requirement")}
        </h2>
        {lines.length === 0 ? (
          <p className="mt-2 text-slate-800">{t("none")}</p>
        ) : (
          <>
            <ul aria-label={t("caption")} className="mt-3 divide-y divide-navy-100">
              {lines.map((line) => (
                <li key={line.listingId} className="flex flex-wrap justify-between gap-2 py-2">
                  <span>
                    {line.title} × {line.quantity} {line.unit}
                  </span>
                  <span className="tabular-nums">{formatRupees(line.valuePaise + line.gstPaise, { withPaise: true })}</span>
                </li>
              ))}
            </ul>
            <p className="mt-3 font-bold text-navy-900 tabular-nums">{t("estimate", { amount: formatRupees(estimate, { withPaise: true }) })}</p>
            {destination ? <p className="mt-1 text-slate-700">{destinationName(destination, locale)}</p> : null}
          </>
        )}
        <p className="mt-4 rounded-md border-l-4 border-navy-600 bg-navy-50 p-3 text-slate-800">{t("notYet")}</p>
      </Card>
    </>
  );
}
