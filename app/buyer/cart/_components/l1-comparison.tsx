import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CompareOffersTable } from "@/components/catalogue/compare-offers-table";
import type { L1Line } from "@/lib/orders/l1-comparison";

const SHOWN_OFFERS = 5;

// One L1 line's comparison: the equivalent offers (lowest first) and what they mean for
// this purchase: buy L1, record why not, or go to a bid when there are too few.
export async function L1Comparison({ line, place }: { line: L1Line; place: string }) {
  const t = await getTranslations("cart.l1");
  const position = line.offers.findIndex((offer) => offer.isThisListing) + 1;
  const [tone, message] = !line.enough
    ? ["border-red-700 bg-red-50 text-red-900", t("tooFew", { count: line.offers.length, place })]
    : line.isLowest
      ? ["border-green-700 bg-green-50 text-green-900", t("lowest")]
      : ["border-amber-600 bg-amber-50 text-amber-950", t("notLowest", { rank: position > 0 ? `L${position}` : "—" })];
  return (
    <section aria-label={t("heading", { title: line.title })} className="mt-4 space-y-3">
      <h3 className="font-bold text-navy-900">{t("heading", { title: line.title })}</h3>
      <p className="text-sm text-slate-700">{t("intro", { count: line.offers.length, place })}</p>
      {line.offers.length > 0 ? <CompareOffersTable offers={line.offers.slice(0, SHOWN_OFFERS)} /> : null}
      <p className={`rounded-md border-l-4 p-3 ${tone}`}>
        {message}
        {!line.enough ? (
          <>
            {" "}
            <Link href="/buyer/bids/new" className="font-semibold underline">
              {t("toBid")}
            </Link>
          </>
        ) : null}
      </p>
    </section>
  );
}
