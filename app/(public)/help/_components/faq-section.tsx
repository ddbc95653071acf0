import { getTranslations } from "next-intl/server";
import { HelpHtml } from "@/components/help/help-html";
import { SectionHeading } from "@/components/portal/section-heading";
import { listFaqs } from "@/lib/help/help-content";
import { HELP_AUDIENCES } from "@/lib/help/help-schemas";
import type { Locale } from "@/lib/i18n/locales";

// Questions and answers by audience, each opening in place (no JavaScript needed); each has
// an anchor, /help#faq-<id>, to send someone straight to it.
export async function FaqSection({ locale }: { locale: Locale }) {
  const t = await getTranslations("help.faqs");
  return (
    <section aria-labelledby="faqs">
      <SectionHeading id="faqs">{t("title")}</SectionHeading>
      <div className="grid gap-6 lg:grid-cols-2">
        {HELP_AUDIENCES.map((audience) => (
          <div key={audience}>
            <h3 className="mb-3 text-lg font-bold text-navy-900">{t(audience)}</h3>
            <div className="divide-y divide-navy-100 rounded-lg border border-navy-100 bg-white shadow-sm">
              {listFaqs(locale, audience).map((faq) => (
                <details key={faq.id} id={`faq-${faq.id}`} className="group px-4">
                  <summary className="flex min-h-12 cursor-pointer items-center justify-between gap-3 py-3 font-semibold text-navy-900">
                    {faq.question}
                    <span aria-hidden="true" className="text-navy-700 transition-transform group-open:rotate-45">
                      +
                    </span>
                  </summary>
                  <HelpHtml html={faq.html} className="pb-4 [&>p:first-child]:mt-0" />
                </details>
              ))}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
