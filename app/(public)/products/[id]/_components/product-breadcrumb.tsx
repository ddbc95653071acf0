import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";

type Crumb = { slug: string; name: string; nameHi: string };

// Home > group > category: each category opens search narrowed to it.
export async function ProductBreadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  const [t, locale] = await Promise.all([getTranslations("product"), getLocale()]);
  return (
    <nav aria-label={t("breadcrumb")}>
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
        <li>
          <Link href="/" className="text-navy-800 underline hover:no-underline">
            {t("home")}
          </Link>
        </li>
        {crumbs.map((crumb) => (
          <li key={crumb.slug} className="flex items-center gap-2">
            <span aria-hidden="true">›</span>
            <Link href={`/search?category=${encodeURIComponent(crumb.slug)}`} className="text-navy-800 underline hover:no-underline">
              {localName(locale, crumb)}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
