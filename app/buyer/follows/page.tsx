import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { unfollowAction } from "@/app/_lib/follow-actions";
import { actionContext } from "@/app/_lib/action-context";
import { localName } from "@/components/portal/local-name";
import { formatDate } from "@/components/reporting/format-date";
import { ButtonLink } from "@/components/ui/button-link";
import { listFollows, type FollowedItem } from "@/lib/alerts/follows";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { AlertFrequencyForm } from "./_components/alert-frequency-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("follows.page");
  return { title: t("title") };
}

export default async function FollowsPage() {
  await requirePortal("buyer", "/buyer/follows");
  const [t, locale, ctx] = await Promise.all([getTranslations(), getLocale(), actionContext()]);
  const { alertFrequency, follows } = await listFollows(getDatabase().db, ctx);
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("follows.page.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("follows.page.intro")}</p>
      </div>
      <AlertFrequencyForm current={alertFrequency} />
      <section aria-labelledby="followed-title">
        <h2 id="followed-title" className="text-xl font-bold text-navy-900">
          {t("follows.page.listTitle")}
        </h2>
        {follows.length === 0 ? (
          <div className="mt-3 rounded-lg border border-dashed border-navy-200 bg-white p-6">
            <p className="text-slate-700">{t("follows.page.empty")}</p>
            <ButtonLink href="/market" className="mt-4">
              {t("follows.page.browse")}
            </ButtonLink>
          </div>
        ) : (
          <ul className="mt-3 divide-y divide-navy-100 rounded-lg border border-navy-100 bg-white shadow-sm">
            {follows.map((follow) => (
              <FollowedRow key={follow.id} follow={follow} locale={locale} t={t} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function FollowedRow({ follow, locale, t }: { follow: FollowedItem; locale: string; t: Awaited<ReturnType<typeof getTranslations>> }) {
  const { category, marketPage } = follow;
  const name = marketPage ? t(`catalogue.marketPages.${marketPage}.name`) : category ? localName(locale, category) : "";
  const href = marketPage ? `/market/${marketPage}` : `/search?category=${encodeURIComponent(category?.slug ?? "")}`;
  const kind = marketPage ? t("follows.page.marketPage") : category?.isLeaf ? t("follows.page.category") : t("follows.page.parentCategory");
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 p-4">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-green-700">{kind}</p>
        <p className="text-lg font-semibold">
          <Link href={href}>{name}</Link>
          {category?.parent ? <span className="ml-2 text-base font-normal text-slate-700">{t("follows.page.in", { parent: localName(locale, category.parent) })}</span> : null}
        </p>
        <p className="text-sm text-slate-700">{t("follows.page.since", { date: formatDate(locale, follow.createdAt) })}</p>
      </div>
      <form action={unfollowAction}>
        {marketPage ? <input type="hidden" name="marketPage" value={marketPage} /> : <input type="hidden" name="categoryId" value={category?.id} />}
        <button type="submit" aria-label={`${t("follows.unfollow")}: ${name}`} className="inline-flex min-h-11 items-center rounded-md border border-navy-700 bg-white px-4 font-semibold text-navy-800 hover:bg-navy-50">
          {t("follows.unfollow")}
        </button>
      </form>
    </li>
  );
}
