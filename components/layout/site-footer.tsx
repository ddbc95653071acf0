import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FeedbackLink } from "@/components/feedback/feedback-link";

export async function SiteFooter() {
  const [t, tAll] = await Promise.all([getTranslations("footer"), getTranslations()]);
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
          <li>
            <FeedbackLink className="font-semibold text-white underline">{tAll("feedback.footerLink")}</FeedbackLink>
          </li>
          <li>
            <Link href="/feedback" prefetch={false} className="text-white underline">
              {tAll("feedback.mine.title")}
            </Link>
          </li>
          <li>
            <Link href="/help" prefetch={false} className="text-white underline">
              {tAll("help.nav")}
            </Link>
          </li>
          <li>
            <Link href="/samvaad" prefetch={false} className="text-white underline">
              {tAll("outreach.nav")}
            </Link>
          </li>
          <li>{t("openSource")}</li>
          <li>{t("accessibility")}</li>
          <li>{t("timeZone")}</li>
        </ul>
      </div>
    </footer>
  );
}
