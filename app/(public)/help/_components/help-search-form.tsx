import { getTranslations } from "next-intl/server";

// A GET form to /help: works without JavaScript, and an answer's address can be shared.
export async function HelpSearchForm({ defaultValue }: { defaultValue: string }) {
  const t = await getTranslations("help.search");
  return (
    <form role="search" aria-label={t("label")} action="/help" method="get" className="max-w-2xl">
      <label htmlFor="help-q" className="block font-semibold text-navy-900">
        {t("label")}
      </label>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="help-q"
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={t("placeholder")}
          maxLength={200}
          className="min-h-12 min-w-0 flex-1 rounded-md border border-slate-500 bg-white px-3 text-base text-slate-900 placeholder:text-slate-500 focus:border-navy-700"
        />
        <button type="submit" className="inline-flex min-h-12 items-center rounded-md bg-navy-800 px-5 font-semibold text-white hover:bg-navy-900">
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
