import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import { SELLER_GROUPS } from "@/lib/catalogue/listing-cards";
import type { SearchOutcome } from "@/lib/search/search-listings";
import { ANY_STATE, MAKE_IN_INDIA_CLASSES, PRICE_BUCKETS, RATINGS, searchHref } from "@/lib/search/search-params";
import { FacetOptions, type FacetOption } from "./facet-options";
import { SubmitOnChange } from "./submit-on-change";

const TOP_CATEGORIES = 10;
const TOP_STATES = 12;

// The filters with their counts, as one GET form. On a phone it folds behind "Filters".
export async function FilterPanel({ outcome }: { outcome: SearchOutcome }) {
  const [t, tc, locale] = await Promise.all([getTranslations("search"), getTranslations("catalogue"), getLocale()]);
  const { params, facets, vocabulary } = outcome;
  const single = <K extends "category" | "price" | "state" | "makeInIndia" | "rating">(key: K, value: NonNullable<(typeof params)[K]> | null, label: string, count: number | null): FacetOption => {
    const checked = params[key] === value;
    return { value: value === null ? "" : String(value), label, count, checked, href: searchHref(params, { [key]: checked ? null : value }) };
  };
  const all = (key: "category" | "price" | "state" | "makeInIndia" | "rating") => single(key, null, t("filters.all"), null);

  const categories = facets.categories
    .toSorted((a, b) => b.count - a.count)
    .slice(0, TOP_CATEGORIES)
    .flatMap(({ categoryId, count }) => {
      const category = vocabulary.categories.find((candidate) => candidate.id === categoryId);
      return category ? [single("category", category.slug, localName(locale, category), count)] : [];
    });
  const selectedCategory = vocabulary.categories.find((category) => category.slug === params.category);
  if (selectedCategory && !categories.some((option) => option.checked)) categories.unshift(single("category", selectedCategory.slug, localName(locale, selectedCategory), null));

  const states = facets.states
    .toSorted((a, b) => b.count - a.count)
    .slice(0, TOP_STATES)
    .flatMap(({ stateId, count }) => {
      const state = vocabulary.states.find((candidate) => candidate.id === stateId);
      return state ? [single("state", state.code, localName(locale, state), count)] : [];
    });
  const types: FacetOption[] = SELLER_GROUPS.map((group) => {
    const checked = params.types.includes(group);
    const count = facets.sellerTypes.find((entry) => entry.group === group)?.count ?? 0;
    const types = checked ? params.types.filter((type) => type !== group) : [...params.types, group];
    return { value: group, label: tc(`sellerTypes.${group}`), count, checked, href: searchHref(params, { types }) };
  }).filter((option) => option.count > 0 || option.checked);
  const prices = PRICE_BUCKETS.map(({ key }) => single("price", key, t(`prices.${key}`), facets.prices.find((entry) => entry.key === key)?.count ?? 0)).filter(
    (option) => (option.count ?? 0) > 0 || option.checked,
  );
  const makeInIndia = MAKE_IN_INDIA_CLASSES.flatMap((value) => {
    const count = facets.makeInIndia.find((entry) => entry.value === value)?.count ?? 0;
    return count > 0 || params.makeInIndia === value ? [single("makeInIndia", value, tc(`makeInIndia.${value}`), count)] : [];
  });
  const ratings = RATINGS.map((min) => single("rating", min, t("filters.ratingAtLeast", { rating: min }), facets.ratings.find((entry) => entry.min === min)?.count ?? 0));
  const idPrefix = "filter";

  return (
    <form action="/search" method="get" aria-label={t("filters.title")}>
      <SubmitOnChange />
      {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
      {params.market ? <input type="hidden" name="market" value={params.market} /> : null}
      {params.sort !== "relevance" ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.verbatim ? <input type="hidden" name="verbatim" value="1" /> : null}
      <div className="py-4">
        <label htmlFor="filter-deliver" className="mb-2 block text-base font-semibold text-navy-900">
          {t("filters.deliverTo")}
        </label>
        <select id="filter-deliver" name="deliver" defaultValue={params.deliverTo ?? ANY_STATE} className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base">
          <option value={ANY_STATE}>{t("filters.anyState")}</option>
          {vocabulary.states.map((state) => (
            <option key={state.code} value={state.code}>
              {localName(locale, state)}
            </option>
          ))}
        </select>
        {params.deliverTo && params.deliverTo !== ANY_STATE ? (
          <p className="mt-1 text-sm text-slate-600">{t("filters.anyDeliveryCount", { count: facets.anyDeliveryState })}</p>
        ) : null}
      </div>
      <FacetOptions name="category" type="radio" legend={t("filters.category")} options={categories.length > 0 ? [all("category"), ...categories] : []} idPrefix={idPrefix} />
      <FacetOptions name="type" type="checkbox" legend={t("filters.sellerType")} options={types} idPrefix={idPrefix} />
      <FacetOptions name="state" type="radio" legend={t("filters.state")} options={states.length > 0 ? [all("state"), ...states] : []} idPrefix={idPrefix} />
      <FacetOptions name="price" type="radio" legend={t("filters.price")} options={prices.length > 0 ? [all("price"), ...prices] : []} idPrefix={idPrefix} />
      <FacetOptions name="mii" type="radio" legend={t("filters.makeInIndia")} options={makeInIndia.length > 0 ? [all("makeInIndia"), ...makeInIndia] : []} idPrefix={idPrefix} />
      <FacetOptions name="rating" type="radio" legend={t("filters.rating")} options={[all("rating"), ...ratings]} idPrefix={idPrefix} />
      <button type="submit" className="mt-2 inline-flex min-h-11 w-full items-center justify-center rounded-md bg-navy-800 px-5 font-semibold text-white hover:bg-navy-900">
        {t("filters.apply")}
      </button>
    </form>
  );
}
