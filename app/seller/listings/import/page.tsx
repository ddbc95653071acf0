import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { localName } from "@/components/portal/local-name";
import { Card } from "@/components/ui/card";
import { requirePortal } from "@/lib/auth/require";
import { listListingImports, listTemplateCategories } from "@/lib/catalogue/import/list-listing-imports";
import { getDatabase } from "@/lib/db/client";
import { orRefuse } from "@/app/_lib/or-refuse";
import { ImportForm } from "./_components/import-form";
import { ImportHistory } from "./_components/import-history";
import { importListingsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("listingImport");
  return { title: t("title") };
}

export default async function ListingImportPage() {
  const actor = await requirePortal("seller", "/seller/listings/import");
  if (actor.sellerId === null) redirect("/seller/assisted");
  const { db } = getDatabase();
  const [t, locale, categories, imports] = await Promise.all([getTranslations(), getLocale(), listTemplateCategories(db), orRefuse(listListingImports(db, await actionContext()))]);
  const roots = [...new Map(categories.map((category) => [category.root.name, category.root])).values()];
  return (
    <>
      <div className="max-w-3xl">
        <Link href="/seller/listings" className="font-semibold text-navy-800 underline">
          {t("listingImport.backToListings")}
        </Link>
        <h1 className="mt-3 text-3xl font-bold text-navy-900">{t("listingImport.title")}</h1>
        <p className="mt-2 text-slate-700">{t("listingImport.intro")}</p>
      </div>
      <div className="grid gap-6">
        <Card aria-labelledby="template-title">
          <h2 id="template-title" className="text-xl font-bold text-navy-900">
            {t("listingImport.templateTitle")}
          </h2>
          <p className="mt-2 text-slate-700">{t("listingImport.templateText")}</p>
          <form method="get" action="/seller/listings/import/template" className="mt-4 space-y-4">
            <div>
              <label htmlFor="template-category" className="block font-semibold text-slate-900">
                {t("listingImport.templateCategory")}
              </label>
              <select id="template-category" name="category" required className="mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900">
                {roots.map((root) => (
                  <optgroup key={root.name} label={localName(locale, root)}>
                    {categories
                      .filter((category) => category.root.name === root.name)
                      .map((category) => (
                        <option key={category.slug} value={category.slug}>
                          {localName(locale, category)}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-md border border-navy-700 bg-white px-5 py-2 font-semibold text-navy-800 hover:bg-navy-50">
              {t("listingImport.templateSubmit")}
            </button>
          </form>
        </Card>
        <Card aria-labelledby="upload-title">
          <h2 id="upload-title" className="text-xl font-bold text-navy-900">
            {t("listingImport.uploadTitle")}
          </h2>
          <p className="mt-2 mb-4 text-sm text-slate-700">{t("listingImport.limits")}</p>
          <ImportForm uploadToken={randomBytes(18).toString("base64url")} action={importListingsAction} />
        </Card>
      </div>
      <ImportHistory imports={imports} locale={locale} />
    </>
  );
}
