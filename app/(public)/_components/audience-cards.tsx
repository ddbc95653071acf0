import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";

// Buyers and sellers can also register here; officials are created by a national admin.
const AUDIENCES = [
  { key: "buyers", portal: "/buyer", register: "/register/buyer" },
  { key: "sellers", portal: "/seller", register: "/register/seller" },
  { key: "officials", portal: "/admin", register: null },
] as const;

export async function AudienceCards() {
  const t = await getTranslations("home.audiences");
  return (
    <section aria-labelledby="who-it-is-for" className="mx-auto max-w-6xl scroll-mt-4 px-4 pt-14 sm:px-6">
      <h2 id="who-it-is-for" className="text-2xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <div className="mt-6 grid gap-4 md:grid-cols-3">
        {AUDIENCES.map(({ key, portal, register }) => (
          <Card as="article" key={key} aria-labelledby={`audience-${key}`} className="flex flex-col">
            <h3 id={`audience-${key}`} className="text-xl font-semibold text-navy-900">
              {t(`${key}.title`)}
            </h3>
            <p className="mt-3 flex-1 text-slate-700">{t(`${key}.text`)}</p>
            <div className="mt-5 flex flex-wrap items-center gap-x-5 gap-y-3">
              <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(portal)}`} variant="secondary">
                {t(`${key}.action`)}
              </ButtonLink>
              {register ? <Link href={register}>{t(`${key}.register`)}</Link> : null}
            </div>
          </Card>
        ))}
      </div>
    </section>
  );
}
