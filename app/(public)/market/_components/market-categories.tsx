import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import type { MarketCategoryGroup } from "@/lib/catalogue/market-page";
import type { MarketPageSlug } from "@/lib/catalogue/market-pages";
import { formatIndianNumber } from "@/lib/money/format";
import { marketSearchPath } from "./market-search-path";

// The market's categories (under their parents where it has several levels), or, for a page of
// a seller group, that group's busiest categories; each opens the search with both filters.
export async function MarketCategories({ slug, groups, isTop }: { slug: MarketPageSlug; groups: MarketCategoryGroup[]; isTop: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("market.categories"), getLocale()]);
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title" className="text-2xl font-bold text-navy-900">
        {t(isTop ? "topTitle" : "title")}
      </h2>
      <p className="mt-1 text-slate-700">{t(isTop ? "topIntro" : "intro")}</p>
      {groups.length === 0 ? <p className="mt-4 text-slate-700">{t("empty")}</p> : null}
      <div className={`mt-5 grid gap-4 ${groups.length > 1 ? "md:grid-cols-2 lg:grid-cols-3" : ""}`}>
        {groups.map((group, index) => {
          const headingId = `category-group-${index}`;
          return (
            <section key={group.parent?.slug ?? "all"} aria-labelledby={group.parent ? headingId : undefined} className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
              {group.parent ? (
                <h3 id={headingId} className="mb-2 border-l-4 border-saffron-500 pl-3 text-lg font-semibold text-navy-900">
                  {localName(locale, group.parent)}
                </h3>
              ) : null}
              <ul className={groups.length > 1 ? "" : "grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3"}>
                {group.categories.map((category) => (
                  <li key={category.id} className="border-b border-navy-50 last:border-b-0">
                    <Link href={marketSearchPath(slug, category.slug)} className="flex min-h-11 items-center justify-between gap-3 py-1.5 text-navy-800">
                      <span>{localName(locale, category)}</span>
                      <span className={`shrink-0 text-sm tabular-nums ${category.listingCount === 0 ? "text-slate-600" : "font-semibold text-slate-700"}`}>
                        {t("count", { count: category.listingCount, shown: formatIndianNumber(category.listingCount) })}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
