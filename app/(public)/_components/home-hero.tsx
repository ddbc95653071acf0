import { getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/search/search-box";
import { ButtonLink } from "@/components/ui/button-link";

const PRINCIPLES = ["transparent", "inclusive", "faceless"] as const;

export async function HomeHero() {
  const t = await getTranslations("home.hero");
  return (
    <section aria-labelledby="home-title" className="border-b border-navy-100 bg-white">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-10 sm:px-6 sm:py-14 lg:grid-cols-[3fr_2fr] lg:items-center">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-green-700">{t("eyebrow")}</p>
          <h1 id="home-title" className="mt-2 text-3xl font-bold leading-tight text-navy-900 sm:text-4xl lg:text-5xl">
            {t("title")}
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-slate-700">{t("lead")}</p>
          <div className="mt-6 max-w-2xl">
            <SearchBox id="home-search-q" />
          </div>
          <div className="mt-6 flex flex-wrap gap-3">
            <ButtonLink href="/sign-in">{t("signIn")}</ButtonLink>
            <ButtonLink href="#who-it-is-for" variant="secondary">
              {t("whoFor")}
            </ButtonLink>
          </div>
        </div>
        <ul className="grid gap-4 rounded-lg bg-navy-50 p-5 sm:p-6">
          {PRINCIPLES.map((key) => (
            <li key={key} className="border-l-4 border-saffron-500 pl-4">
              <p className="font-semibold text-navy-900">{t(`principles.${key}.title`)}</p>
              <p className="mt-1 text-sm text-slate-700">{t(`principles.${key}.text`)}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
