import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import type { SearchOutcome } from "@/lib/search/search-listings";
import { ANY_STATE, searchHref, type SearchParams } from "@/lib/search/search-params";

type Chip = { key: string; label: string; href: string };

// The filters in force, each a link that removes it.
export async function SelectedFilters({ outcome }: { outcome: SearchOutcome }) {
  const [t, tc, locale] = await Promise.all([getTranslations("search"), getTranslations("catalogue"), getLocale()]);
  const { params, vocabulary } = outcome;
  const without = (changes: Partial<SearchParams>) => searchHref(params, changes);
  const stateName = (code: string | null) => {
    const state = vocabulary.states.find((candidate) => candidate.code === code);
    return state ? localName(locale, state) : null;
  };
  const category = vocabulary.categories.find((candidate) => candidate.slug === params.category);
  const chips: Chip[] = [
    params.market ? { key: "market", label: `${t("filters.market")}: ${tc(`marketPages.${params.market}.name`)}`, href: without({ market: null }) } : null,
    category ? { key: "category", label: `${t("filters.category")}: ${localName(locale, category)}`, href: without({ category: null }) } : null,
    ...params.types.map((type) => ({ key: type, label: tc(`sellerTypes.${type}`), href: without({ types: params.types.filter((other) => other !== type) }) })),
    params.state ? { key: "state", label: `${t("filters.state")}: ${stateName(params.state)}`, href: without({ state: null }) } : null,
    params.price ? { key: "price", label: t(`prices.${params.price}`), href: without({ price: null }) } : null,
    params.makeInIndia ? { key: "mii", label: tc(`makeInIndia.${params.makeInIndia}`), href: without({ makeInIndia: null }) } : null,
    params.deliverTo && params.deliverTo !== ANY_STATE ? { key: "deliver", label: `${t("filters.deliverTo")}: ${stateName(params.deliverTo)}`, href: without({ deliverTo: ANY_STATE }) } : null,
    params.rating ? { key: "rating", label: t("filters.ratingAtLeast", { rating: params.rating }), href: without({ rating: null }) } : null,
  ].filter((chip): chip is Chip => chip !== null);
  if (chips.length === 0) return null;
  const clearAll = searchHref({ ...params, category: null, market: null, types: [], state: null, price: null, makeInIndia: null, rating: null, deliverTo: ANY_STATE });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">{t("filters.selected")}</h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              aria-label={t("filters.remove", { label: chip.label })}
              className="inline-flex min-h-9 items-center gap-2 rounded-full border border-navy-200 bg-navy-50 px-3 text-sm font-medium text-navy-900 no-underline hover:bg-navy-100"
            >
              {chip.label}
              <span aria-hidden="true" className="text-base leading-none">×</span>
            </Link>
          </li>
        ))}
      </ul>
      {chips.length > 1 ? (
        <Link href={clearAll} className="text-sm font-semibold text-navy-800">
          {t("filters.clearAll")}
        </Link>
      ) : null}
    </div>
  );
}
