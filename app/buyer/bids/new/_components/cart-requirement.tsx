import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CartLine } from "@/lib/cart/get-cart";
import { formatRupees } from "@/lib/money/format";

// The cart's lines that cannot be bought from it (above the L1 limit, or without three
// equivalent offers), which the form below starts from.
export async function CartRequirement({ lines, place }: { lines: CartLine[]; place: string | null }) {
  const [t, tb] = await Promise.all([getTranslations("bidRequirement"), getTranslations("buyerBids.new")]);
  const estimate = lines.reduce((sum, line) => sum + line.valuePaise + line.gstPaise, 0n);
  return (
    <Card aria-labelledby="bid-requirement">
      <h2 id="bid-requirement" className="text-xl font-bold text-navy-900">
        {t("requirement")}
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
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
      {place ? <p className="mt-1 text-slate-700">{place}</p> : null}
      <p className="mt-3 text-slate-800">
        {tb("prefilled")}{" "}
        <Link href="/buyer/cart" className="font-semibold text-navy-800 underline">
          {t("back")}
        </Link>
      </p>
    </Card>
  );
}
