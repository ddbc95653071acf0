import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="on-dark mt-16 bg-navy-950 text-navy-100 print:hidden">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-3">
        <section aria-labelledby="footer-about" className="md:col-span-2">
          <h2 id="footer-about" className="text-base font-semibold text-white">
            {t("aboutTitle")}
          </h2>
          <p className="mt-2 max-w-prose text-sm">{t("about")}</p>
          <p className="mt-3 text-sm">{t("demo")}</p>
        </section>
        <ul className="space-y-2 text-sm">
          <li>{t("openSource")}</li>
          <li>{t("accessibility")}</li>
          <li>{t("timeZone")}</li>
        </ul>
      </div>
    </footer>
  );
}
