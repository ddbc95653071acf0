import { getTranslations } from "next-intl/server";
import type { Product } from "@/lib/catalogue/get-product";
import { RatingText } from "./rating-text";

// What a buyer checks before ordering: minimum order, availability (in words above a few
// units, never the seller's exact stock), delivery time and rating.
export async function OrderingFacts({ product }: { product: Product }) {
  const t = await getTranslations("product.facts");
  const { stock } = product;
  const facts = [
    { label: t("minOrder"), value: t("minOrderValue", { count: product.minOrderQuantity, unit: product.unit }) },
    {
      label: t("stock"),
      value: (
        <span className={stock.status === "inStock" ? "text-green-700" : stock.status === "fewLeft" ? "text-amber-800" : "text-red-800"}>
          {stock.status === "fewLeft" ? t("fewLeft", { count: stock.count }) : t(stock.status)}
        </span>
      ),
    },
    { label: t("deliveryDays"), value: t("deliveryDaysValue", { days: product.deliveryDays }) },
    { label: t("rating"), value: <RatingText rating={product.rating ?? product.seller.rating} /> },
  ];
  return (
    <dl aria-label={t("label")} className="grid grid-cols-2 gap-x-6 gap-y-3 border-y border-navy-100 py-4">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt className="text-sm text-slate-600">{fact.label}</dt>
          <dd className="font-semibold text-slate-900">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
