import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import type { SellerListingRow } from "@/lib/sellers/list-seller-listings";
import { cloneListingAction, pauseListingAction, resumeListingAction, submitListingAction } from "../actions";

function RowButton({ action, listingId, label, title }: { action: (formData: FormData) => Promise<void>; listingId: number; label: string; title: string }) {
  return (
    <form action={action}>
      <input type="hidden" name="listingId" value={listingId} />
      <Button type="submit" variant="secondary" aria-label={`${label}: ${title}`}>
        {label}
      </Button>
    </form>
  );
}

// What a seller can do with one listing in its current status.
export async function ListingRowActions({ listing, canGoLive }: { listing: SellerListingRow; canGoLive: boolean }) {
  const t = await getTranslations();
  const common = { listingId: listing.id, title: listing.title };
  return (
    <div className="flex flex-wrap gap-2">
      <ButtonLink href={`/seller/listings/${listing.id}`} variant="secondary" aria-label={`${t("listingEditor.edit")}: ${listing.title}`}>
        {t("listingEditor.edit")}
      </ButtonLink>
      {listing.status === "DRAFT" && canGoLive ? <RowButton action={submitListingAction} label={t("sellerPortal.listings.submit")} {...common} /> : null}
      {listing.status === "APPROVED" ? <RowButton action={pauseListingAction} label={t("listingEditor.pause")} {...common} /> : null}
      {listing.status === "PAUSED" ? <RowButton action={resumeListingAction} label={t("listingEditor.resume")} {...common} /> : null}
      <RowButton action={cloneListingAction} label={t("listingEditor.clone")} {...common} />
    </div>
  );
}
