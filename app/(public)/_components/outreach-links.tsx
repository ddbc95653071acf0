import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";

const LINKS = [
  { key: "samvaad", href: "/samvaad" },
  { key: "help", href: "/help" },
] as const;

// Where a first-time seller or buyer finds people and answers: Samvaad events and the help centre.
export async function OutreachLinks() {
  const t = await getTranslations("outreach.home");
  return (
    <section aria-labelledby="meet-and-learn" className="mx-auto max-w-6xl px-4 pt-14 sm:px-6">
      <h2 id="meet-and-learn" className="text-2xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        {LINKS.map(({ key, href }) => (
          <Card as="article" key={key} aria-labelledby={`meet-${key}`} className="flex flex-col">
            <h3 id={`meet-${key}`} className="text-xl font-semibold text-navy-900">
              {t(`${key}.title`)}
            </h3>
            <p className="mt-3 flex-1 text-slate-700">{t(`${key}.text`)}</p>
            <ButtonLink href={href} variant="secondary" className="mt-5 self-start">
              {t(`${key}.action`)}
            </ButtonLink>
          </Card>
        ))}
      </div>
    </section>
  );
}
