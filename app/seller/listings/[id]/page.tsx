import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { localName } from "@/components/portal/local-name";
import { requirePortal } from "@/lib/auth/require";
import { getListingForEditor } from "@/lib/catalogue/get-listing-for-editor";
import { isListingRejectionReason } from "@/lib/catalogue/listing-rejection-reasons";
import { getDatabase } from "@/lib/db/client";
import { listPlaces } from "@/lib/geography/places";
import { orRefuse } from "@/app/_lib/or-refuse";
import { ListingForm } from "../_components/listing-form";
import { ListingImages } from "../_components/listing-images";
import { ListingStatusBadge } from "../_components/listing-status-badge";
import { updateListingAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("listingEditor");
  return { title: t("editTitle") };
}

const NOTICES = new Set(["created", "cloned", "imagesAdded"]);

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string; imageError?: string }> };

export default async function EditListingPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const listingId = Number(id);
  if (!Number.isSafeInteger(listingId)) notFound();
  const actor = await requirePortal("seller", `/seller/listings/${listingId}`);
  if (actor.sellerId === null) redirect("/seller/assisted");
  const { db } = getDatabase();
  const [t, locale, query, listing, places] = await Promise.all([getTranslations(), getLocale(), searchParams, orRefuse(getListingForEditor(db, await actionContext(), listingId)), listPlaces(db)]);
  const notice = NOTICES.has(query.notice ?? "") ? query.notice : null;
  const imageError = query.imageError?.startsWith("listingEditor.errors.") ? query.imageError : null;
  return (
    <>
      <Link href="/seller/listings" className="font-semibold text-navy-800 underline">
        {t("listingEditor.backToListings")}
      </Link>
      <div>
        <h1 className="text-3xl font-bold break-words text-navy-900">{listing.title}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-slate-700">
          <span>
            {t("listingEditor.category")}: {localName(locale, listing.category)} ({t(`listingEditor.kind.${listing.category.kind}`)})
          </span>
          <ListingStatusBadge status={listing.status} />
        </p>
      </div>
      {notice ? (
        <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
          {t(`listingEditor.${notice}` as "listingEditor.created")}
        </p>
      ) : null}
      {listing.status === "REJECTED" ? (
        <div role="note" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">
            {t("listingEditor.rejected", { reason: t(`listingEditor.rejectionReasons.${isListingRejectionReason(listing.rejectionReasonCode) ? listing.rejectionReasonCode : "OTHER"}`) })}
          </p>
          {listing.rejectionNote ? <p className="mt-1">{t("listingEditor.rejectionNote", { note: listing.rejectionNote })}</p> : null}
        </div>
      ) : null}
      {listing.status !== "DRAFT" ? <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">{t("listingEditor.materialWarning")}</p> : null}
      <ListingImages listing={listing} error={imageError} />
      <ListingForm action={updateListingAction.bind(null, listing.id)} specFields={listing.specFields} places={places} values={listing.values} submitLabel={t("listingEditor.save")} />
    </>
  );
}
