import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { FollowCategoryButton } from "@/components/catalogue/follow-button";
import { localName } from "@/components/portal/local-name";
import { SectionHeading } from "@/components/portal/section-heading";
import { Card } from "@/components/ui/card";
import { hasRole } from "@/lib/auth/actor";
import { nowOf } from "@/lib/auth/context";
import { findEquivalentOffers } from "@/lib/catalogue/compare-offers";
import { findDeliveryDestination } from "@/lib/catalogue/delivery-destination";
import { destinationName } from "@/components/catalogue/destination-name";
import { estimateDelivery } from "@/lib/catalogue/delivery-estimate";
import { l1Position } from "@/lib/catalogue/equivalence";
import { getProduct } from "@/lib/catalogue/get-product";
import { productPath } from "@/lib/catalogue/listing-cards";
import { getDatabase } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { actionContext } from "@/app/_lib/action-context";
import { BuyPanel, type Viewer } from "./_components/buy-panel";
import { CompareSection } from "./_components/compare-section";
import { DeliveryBox } from "./_components/delivery-box";
import { MakeInIndiaNote } from "./_components/make-in-india-note";
import { OrderingFacts } from "./_components/ordering-facts";
import { PreviewNotice } from "./_components/preview-notice";
import { PriceBox } from "./_components/price-box";
import { ProductBreadcrumb } from "./_components/product-breadcrumb";
import { ProductGallery } from "./_components/product-gallery";
import { SellerCard } from "./_components/seller-card";
import { SpecificationsTable } from "./_components/specifications-table";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ to?: string | string[]; state?: string | string[] }> };

// Read once per request by both the metadata and the page.
const loadProduct = cache(async (id: string) => {
  const listingId = Number(id);
  if (!Number.isSafeInteger(listingId) || listingId <= 0) notFound();
  const ctx = await actionContext();
  try {
    return { ctx, product: await getProduct(getDatabase().db, ctx, listingId) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { product } = await loadProduct((await params).id);
  return { title: product.title };
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ProductPage({ params, searchParams }: PageProps) {
  const [{ id }, query, t, locale] = await Promise.all([params, searchParams, getTranslations(), getLocale()]);
  const { ctx, product } = await loadProduct(id);
  const { db } = getDatabase();
  const { destination, choices } = await findDeliveryDestination(db, ctx, { to: single(query.to), state: single(query.state) });
  const compare = await findEquivalentOffers(db, product.id, { deliveryStateId: destination?.stateId });
  const estimate = destination ? estimateDelivery({ deliveryDays: product.deliveryDays, sellerStateId: product.seller.stateId, areas: product.deliveryAreas }, destination, nowOf(ctx)) : null;
  const place = destination ? destinationName(destination, locale) : null;
  const { actor } = ctx;
  const viewer: Viewer = !actor
    ? { kind: "anonymous", signInHref: `/sign-in?callbackUrl=${encodeURIComponent(productPath(product.id))}` }
    : hasRole(actor, "BUYER") && actor.organisationId !== null
      ? { kind: "buyer" }
      : { kind: "other", name: actor.name };
  const leaf = product.breadcrumb.at(-1);

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ProductBreadcrumb crumbs={product.breadcrumb} />
        {leaf ? <FollowCategoryButton category={{ id: product.categoryId, name: leaf.name, nameHi: leaf.nameHi }} returnTo={productPath(product.id)} /> : null}
      </div>
      {product.notVisibleBecause ? <PreviewNotice reasons={product.notVisibleBecause} /> : null}
      <div className="grid gap-8 lg:grid-cols-12">
        <div className="lg:col-span-5">
          <ProductGallery imageIds={product.imageIds} title={product.title} categoryName={leaf ? localName(locale, leaf) : ""} />
        </div>
        <div className="space-y-5 lg:col-span-7">
          <div>
            <h1 className="text-2xl leading-tight font-bold text-navy-900 sm:text-3xl">{product.title}</h1>
            {product.brand ? (
              <p className="mt-2 text-slate-700">{product.model ? t("product.brandModel", { brand: product.brand, model: product.model }) : t("product.brand", { brand: product.brand })}</p>
            ) : null}
          </div>
          <PriceBox product={product} />
          <OrderingFacts product={product} />
          <MakeInIndiaNote product={product} />
          <BuyPanel viewer={viewer} cartItem={product.notVisibleBecause ? null : { listingId: product.id, minOrderQuantity: product.minOrderQuantity, unit: product.unit }} position={l1Position(compare.offers)} estimate={estimate} place={place} />
        </div>
      </div>
      <div className="grid gap-8 lg:grid-cols-12">
        <div className="space-y-8 lg:col-span-7">
          <Card aria-labelledby="specifications">
            <SectionHeading id="specifications">{t("product.specs.title")}</SectionHeading>
            <SpecificationsTable specifications={product.specifications} />
          </Card>
          {product.description ? (
            <Card aria-labelledby="description">
              <SectionHeading id="description">{t("product.description")}</SectionHeading>
              <p className="whitespace-pre-line text-slate-800">{product.description}</p>
            </Card>
          ) : null}
        </div>
        <div className="space-y-8 lg:col-span-5">
          <Card aria-labelledby="delivery">
            <SectionHeading id="delivery">{t("product.delivery.title")}</SectionHeading>
            <DeliveryBox product={product} destination={destination} choices={choices} estimate={estimate} place={place} formAction={productPath(product.id)} />
          </Card>
          <Card aria-labelledby="seller">
            <SectionHeading id="seller">{t("product.seller.title")}</SectionHeading>
            <SellerCard seller={product.seller} />
          </Card>
        </div>
      </div>
      <CompareSection result={compare} specifications={product.specifications} place={place} />
    </div>
  );
}
