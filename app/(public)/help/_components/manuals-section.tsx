import { getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/portal/section-heading";
import { HELP_LANGUAGE_NAMES } from "@/lib/help/help-languages";
import { HELP_AUDIENCES } from "@/lib/help/help-schemas";
import { listManuals, manualFileName } from "@/lib/help/manual-pdf";

// The manuals (PDF), per audience and language.
export async function ManualsSection() {
  const t = await getTranslations("help.manuals");
  const manuals = listManuals();
  return (
    <section aria-labelledby="manuals">
      <SectionHeading id="manuals" note={t("intro")}>
        {t("title")}
      </SectionHeading>
      <div className="grid gap-4 sm:grid-cols-2">
        {HELP_AUDIENCES.map((audience) => (
          <ul key={audience} className="space-y-2 rounded-lg border border-navy-100 bg-white p-5 shadow-sm">
            {manuals
              .filter((manual) => manual.audience === audience)
              .map((manual) => (
                <li key={manualFileName(manual)}>
                  {/* A plain link: the route answers with a file to save, not a page. */}
                  <a href={`/help/manuals/${manualFileName(manual)}`} hrefLang={manual.language} className="inline-flex min-h-11 items-center gap-2 font-semibold text-navy-800 underline">
                    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5 shrink-0">
                      <path d="M10.75 2.75a.75.75 0 0 0-1.5 0v8.6L6.3 8.2a.75.75 0 1 0-1.1 1.02l4.25 4.5a.75.75 0 0 0 1.1 0l4.25-4.5a.75.75 0 0 0-1.1-1.02l-2.95 3.14V2.75Z" />
                      <path d="M3.5 12.75a.75.75 0 0 0-1.5 0v2.5A2.75 2.75 0 0 0 4.75 18h10.5A2.75 2.75 0 0 0 18 15.25v-2.5a.75.75 0 0 0-1.5 0v2.5c0 .69-.56 1.25-1.25 1.25H4.75c-.69 0-1.25-.56-1.25-1.25v-2.5Z" />
                    </svg>
                    <span>
                      {t.rich("file", { manual: t(audience), language: HELP_LANGUAGE_NAMES[manual.language], lang: (chunks) => <span lang={manual.language}>{chunks}</span> })}
                    </span>
                  </a>
                </li>
              ))}
          </ul>
        ))}
      </div>
    </section>
  );
}
