import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/help/help-link";
import { localName } from "@/components/portal/local-name";
import { Button } from "@/components/ui/button";
import { requirePortal } from "@/lib/auth/require";
import { getLeafCategory, listLeafCategories } from "@/lib/catalogue/list-leaf-categories";
import { getDatabase } from "@/lib/db/client";
import { listPlaces } from "@/lib/geography/places";
import { ListingForm } from "../_components/listing-form";
import { createListingAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("listingEditor");
  return { title: t("newTitle") };
}

const DEFAULTS = { gstRateBps: "1800", stockQuantity: "1", minOrderQuantity: "1", deliveryDays: "7", countryOfOrigin: "IN", localContentPercent: "100", deliveryScope: "INDIA" };

// First the category (a GET form, so it works without JavaScript), then the listing form
// with that category's specification fields.
export default async function NewListingPage({ searchParams }: { searchParams: Promise<{ category?: string }> }) {
  const actor = await requirePortal("seller", "/seller/listings/new");
  if (actor.sellerId === null) redirect("/seller/assisted");
  const { db } = getDatabase();
  const [t, locale, { category: categoryParam }] = await Promise.all([getTranslations("listingEditor"), getLocale(), searchParams]);
  const category = categoryParam ? await getLeafCategory(db, Number(categoryParam) || -1) : null;
  if (!category) {
    const leaves = await listLeafCategories(db);
    const groups = [...new Set(leaves.map((leaf) => (leaf.parent ? localName(locale, leaf.parent) : "")))];
    return (
      <>
        <div>
          <h1 className="text-3xl font-bold text-navy-900">{t("newTitle")}</h1>
          <HelpLink topic="listProduct" className="mt-2" />
        </div>
        <form method="get" action="/seller/listings/new" className="max-w-2xl space-y-4 rounded-lg border border-navy-100 bg-white p-5 shadow-sm">
          <div>
            <label htmlFor="category" className="block text-lg font-bold text-navy-900">
              {t("chooseCategory")}
            </label>
            <p id="category-hint" className="mt-1 text-slate-700">
              {t("chooseCategoryIntro")}
            </p>
            <select id="category" name="category" required aria-describedby="category-hint" className="mt-2 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2">
              {groups.map((group) => (
                <optgroup key={group} label={group}>
                  {leaves
                    .filter((leaf) => (leaf.parent ? localName(locale, leaf.parent) : "") === group)
                    .map((leaf) => (
                      <option key={leaf.id} value={leaf.id}>
                        {`${localName(locale, leaf)} (${t(`kind.${leaf.kind}`)})`}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <Button type="submit">{t("continue")}</Button>
        </form>
      </>
    );
  }
  const places = await listPlaces(db);
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("newTitle")}</h1>
        <p className="mt-1 text-lg text-slate-700">
          {t("category")}: {localName(locale, category)} ({t(`kind.${category.kind}`)})
        </p>
        <HelpLink topic="listProduct" className="mt-2" />
      </div>
      <ListingForm action={createListingAction} specFields={category.specFields} places={places} values={{ ...DEFAULTS, categoryId: String(category.id) }} submitLabel={t("create")} />
    </>
  );
}
