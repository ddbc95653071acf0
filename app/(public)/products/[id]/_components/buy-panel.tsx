import Link from "next/link";
import { AddToCartForm } from "@/app/buyer/cart/_components/add-to-cart-form";
import { addToCartAction } from "@/app/buyer/cart/actions";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";
import { ButtonLink } from "@/components/ui/button-link";
import { instantOfIstDate, type DeliveryEstimate } from "@/lib/catalogue/delivery-estimate";
import type { l1Position } from "@/lib/catalogue/equivalence";
import { formatRupees } from "@/lib/money/format";

export type Viewer = { kind: "anonymous"; signInHref: string } | { kind: "buyer" } | { kind: "other"; name: string };

type BuyPanelProps = {
  viewer: Viewer;
  // What the cart needs; null when the listing is not on sale (its seller's preview).
  cartItem: { listingId: number; minOrderQuantity: number; unit: string } | null;
  position: ReturnType<typeof l1Position>;
  estimate: DeliveryEstimate | null;
  place: string | null;
};

// Public pages are readable by anyone; buying needs a buyer account. A buyer sees the facts
// an order rests on: where this offer stands among equivalent offers (L1) and the delivery
// date to their consignee, and the quantity to add to the cart.
export async function BuyPanel({ viewer, cartItem, position, estimate, place }: BuyPanelProps) {
  const [t, locale] = await Promise.all([getTranslations("product.buy"), getLocale()]);
  if (viewer.kind === "anonymous") {
    return (
      <div className="space-y-3 rounded-lg border border-navy-200 bg-white p-4">
        <p className="text-slate-800">{t("signInText")}</p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={viewer.signInHref}>{t("signIn")}</ButtonLink>
          <ButtonLink href="/register/buyer" variant="secondary">
            {t("register")}
          </ButtonLink>
        </div>
      </div>
    );
  }
  if (viewer.kind === "other") return <p className="rounded-lg border border-navy-200 bg-white p-4 text-slate-800">{t("notBuyer", { name: viewer.name })}</p>;
  const delivers = estimate !== null && estimate.coverage === "delivers";
  return (
    <div className="space-y-2 rounded-lg border border-navy-200 bg-white p-4">
      <h2 className="font-bold text-navy-900">{t("title")}</h2>
      {place && estimate && !delivers ? <p className="font-semibold text-red-800">{t("notDelivering", { place })}</p> : null}
      {place && estimate && delivers ? <p className="text-slate-800">{t("deliveryBy", { place, date: formatDate(locale, instantOfIstDate(estimate.expectedOn)) })}</p> : null}
      {position ? (
        <p className="font-semibold text-slate-900">
          {position.count === 1
            ? t("l1Only")
            : position.rank === 1
              ? t("l1", { count: position.count })
              : t("notL1", { rank: position.rank, count: position.count, amount: formatRupees(position.aboveLowestPaise) })}{" "}
          {position.count > 1 ? (
            <Link href="#compare" className="font-normal text-navy-800 underline">
              {t("compareLink")}
            </Link>
          ) : null}
        </p>
      ) : null}
      {cartItem ? (
        <div className="border-t border-navy-100 pt-3">
          <AddToCartForm listingId={cartItem.listingId} minOrderQuantity={cartItem.minOrderQuantity} unit={cartItem.unit} action={addToCartAction} />
        </div>
      ) : null}
    </div>
  );
}
