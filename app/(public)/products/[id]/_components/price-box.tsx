import { getTranslations } from "next-intl/server";
import type { Product } from "@/lib/catalogue/get-product";
import { formatRupees } from "@/lib/money/format";

// Price per unit, the MRP (market price for a service) and the saving against it, and GST,
// which is added to the price (orders charge it on top).
export async function PriceBox({ product }: { product: Product }) {
  const t = await getTranslations("product.price");
  const gstRate = product.gstRateBps / 100;
  const withGst = product.pricePaise + (product.pricePaise * BigInt(product.gstRateBps)) / 10_000n;
  return (
    <div>
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="sr-only">{t("label")}: </span>
        <span className="text-4xl font-bold text-navy-900 tabular-nums">{formatRupees(product.pricePaise)}</span>
        <span className="text-slate-700">{t("perUnit", { unit: product.unit })}</span>
      </p>
      {product.savingPaise > 0n ? (
        <p className="mt-1 flex flex-wrap items-baseline gap-x-3">
          <span className="text-slate-700">
            {t(product.kind === "SERVICE" ? "marketPrice" : "mrp")} <s className="tabular-nums">{formatRupees(product.mrpPaise)}</s>
          </span>
          <span className="rounded bg-green-50 px-2 py-0.5 font-semibold text-green-700">
            {t("save", { amount: formatRupees(product.savingPaise), percent: product.savingPercent })}
          </span>
        </p>
      ) : null}
      <p className="mt-2 text-sm text-slate-700">
        {product.gstRateBps === 0 ? t("gstExempt") : t("gst", { rate: gstRate, amount: formatRupees(withGst), unit: product.unit })}
      </p>
    </div>
  );
}
