import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MarketCards } from "@/components/catalogue/market-cards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("market.index");
  return { title: t("title"), description: t("intro") };
}

export default async function MarketIndexPage() {
  const t = await getTranslations("market.index");
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold text-navy-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      <MarketCards headingLevel={2} className="mt-8" />
    </div>
  );
}
