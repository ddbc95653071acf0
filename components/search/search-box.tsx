import { getTranslations } from "next-intl/server";

// A GET form to /search: works without JavaScript, and the results page's URL is shareable.
// "compact" is the header's version; the hero and the results page use the large one.
export async function SearchBox({ defaultValue = "", compact = false, id = "search-q", children }: { defaultValue?: string; compact?: boolean; id?: string; children?: React.ReactNode }) {
  const t = await getTranslations("search.box");
  const height = compact ? "min-h-10" : "min-h-12";
  return (
    <form role="search" action="/search" method="get" className="flex w-full flex-wrap gap-2">
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={t("placeholder")}
        maxLength={200}
        className={`${height} min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 placeholder:text-slate-500 focus:border-navy-700`}
      />
      {children}
      <button
        type="submit"
        className={`${height} inline-flex items-center rounded-md bg-saffron-400 px-4 font-semibold text-navy-900 hover:bg-saffron-500`}
      >
        {t("submit")}
      </button>
    </form>
  );
}
