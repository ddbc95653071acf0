import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions";
import { LOCALES } from "@/lib/i18n/locales";

// Each language is named in itself, so a reader finds theirs whatever the page shows.
const LANGUAGE_NAMES = { en: "English", hi: "हिन्दी" } as const;

// A plain form: switching works before (or without) JavaScript.
export async function LanguageSwitcher() {
  const [t, current] = await Promise.all([getTranslations("header"), getLocale()]);
  return (
    <form action={setLocale} className="flex items-center">
      <div role="group" aria-label={t("language")} className="flex rounded-md border border-white/40">
        {LOCALES.map((locale) => {
          const isCurrent = locale === current;
          return (
            <button
              key={locale}
              type="submit"
              name="locale"
              value={locale}
              lang={locale}
              aria-pressed={isCurrent}
              className={`min-h-10 px-3 text-sm font-semibold transition-[color,background-color,border-color] first:rounded-l-[5px] last:rounded-r-[5px] ${
                isCurrent ? "bg-white text-navy-900" : "text-white hover:bg-white/15"
              }`}
            >
              {LANGUAGE_NAMES[locale]}
            </button>
          );
        })}
      </div>
    </form>
  );
}
