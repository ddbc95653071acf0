import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse } from "@/app/_lib/or-refuse";
import { destinationName } from "@/components/catalogue/destination-name";
import { localName } from "@/components/portal/local-name";
import { Card } from "@/components/ui/card";
import { hasRole } from "@/lib/auth/actor";
import { nowOf } from "@/lib/auth/context";
import { requirePortal } from "@/lib/auth/require";
import { getCart } from "@/lib/cart/get-cart";
import { findDeliveryDestination } from "@/lib/catalogue/delivery-destination";
import { listLeafCategories } from "@/lib/catalogue/list-leaf-categories";
import { getDatabase } from "@/lib/db/client";
import { compareCartL1 } from "@/lib/orders/l1-comparison";
import { eligibleConsignees } from "@/lib/orders/order-roles";
import { createBidAction } from "../actions";
import { BidForm } from "./_components/bid-form";
import { bidFormDefaults, itemRowCount } from "./_components/bid-form-defaults";
import { CartRequirement } from "./_components/cart-requirement";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bidRequirement");
  return { title: t("title") };
}

// A new bid, as a draft. When the cart holds lines that need a bid (orders above the L1 limit,
// L1 lines with fewer than three equivalent offers), the form starts from them.
export default async function NewBidPage() {
  const actor = await requirePortal("buyer", "/buyer/bids/new");
  if (!hasRole(actor, "BUYER") || actor.organisationId === null) forbidden();
  const [t, locale, ctx] = await Promise.all([getTranslations(), getLocale(), actionContext()]);
  const { db } = getDatabase();
  const [cart, { destination }, leaves, consignees] = await orRefuse(
    Promise.all([getCart(db, ctx), findDeliveryDestination(db, ctx, {}), listLeafCategories(db), eligibleConsignees(db, actor.organisationId)]),
  );
  const l1Lines = await compareCartL1(db, cart, destination?.stateId ?? null);
  const lines = cart.orders.flatMap((order) => order.lines.filter((line) => order.mode === "BID" || l1Lines.get(line.listingId)?.enough === false));
  return (
    <>
      <div>
        <Link href="/buyer/bids" className="font-semibold text-navy-800 underline">
          {t("buyerBids.new.back")}
        </Link>
        <h1 className="mt-3 text-3xl font-bold text-navy-900">{t("bidRequirement.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("buyerBids.new.intro")}</p>
      </div>
      {lines.length > 0 ? <CartRequirement lines={lines} place={destination ? destinationName(destination, locale) : null} /> : null}
      <Card aria-labelledby="bid-form-title">
        <h2 id="bid-form-title" className="mb-4 text-xl font-bold text-navy-900">
          {t("buyerBids.new.formTitle")}
        </h2>
        <BidForm
          action={createBidAction}
          idempotencyKey={randomBytes(18).toString("base64url")}
          initialValues={bidFormDefaults(nowOf(ctx), lines)}
          categories={leaves.map((leaf) => ({ value: String(leaf.id), label: localName(locale, leaf), group: leaf.parent ? localName(locale, leaf.parent) : undefined }))}
          consignees={consignees.map((person) => ({ value: String(person.id), label: person.designation ? `${person.name}, ${person.designation}` : person.name }))}
          itemRows={itemRowCount(lines.length)}
        />
      </Card>
    </>
  );
}
