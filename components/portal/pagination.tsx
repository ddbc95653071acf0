import Link from "next/link";
import { getTranslations } from "next-intl/server";

// messages: the namespace holding this list's "pagination", "previous", "next" and "pageOf"
// texts (a list of events says "Older events" where a queue says "Next page").
type PaginationProps = { page: number; pageCount: number; hrefFor: (page: number) => string; messages: string };

// Previous and next links that keep the filters: plain links, so they work without JavaScript.
export async function Pagination({ page, pageCount, hrefFor, messages }: PaginationProps) {
  const t = await getTranslations(messages);
  if (pageCount <= 1) return null;
  const linkClass = "inline-flex min-h-11 items-center rounded-md border border-navy-700 bg-white px-4 font-semibold text-navy-800 hover:bg-navy-50";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-slate-700">{t("pageOf", { page, pages: pageCount })}</p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
