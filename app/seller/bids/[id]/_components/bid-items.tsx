import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SellerBid } from "./seller-bid-view";
import { specificationsOf } from "./specifications";

// The lines of the requirement with their quantities, units, GST rates and specifications.
export async function BidItems({ items }: { items: SellerBid["items"] }) {
  const t = await getTranslations("sellerBids.items");
  return (
    <Card aria-labelledby="items-title">
      <h2 id="items-title" className="text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <ol className="mt-2 divide-y divide-navy-100">
        {items.map((item, index) => {
          const specifications = specificationsOf(item.specifications);
          return (
            <li key={item.id} className="py-4">
              <h3 className="font-semibold break-words text-slate-900">
                {index + 1}. {item.title}
              </h3>
              <p className="text-sm text-slate-700">
                {t("quantity", { quantity: item.quantity, unit: item.unit })} · {t("gst", { rate: item.gstRateBps / 100 })}
              </p>
              {specifications.length === 0 ? (
                <p className="mt-2 text-sm text-slate-700">{t("noSpecifications")}</p>
              ) : (
                <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,16rem)_1fr]">
                  {specifications.map(([name, value]) => (
                    <div key={name} className="contents">
                      <dt className="text-slate-700">{name}</dt>
                      <dd className="font-semibold break-words text-slate-900">{value}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
