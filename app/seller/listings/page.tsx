import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import { listSellerListings } from "@/lib/sellers/list-seller-listings";
import { EligibilityBanner } from "../_components/eligibility-banner";
import { orRefuse } from "../_lib/or-refuse";
import { submitListingAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sellerPortal.listings");
  return { title: t("title") };
}

const REFUSALS = new Set(["notDraft", "notVerified", "incomplete"]);

type PageProps = { searchParams: Promise<{ submitted?: string; refused?: string }> };

export default async function SellerListingsPage({ searchParams }: PageProps) {
  const actor = await requirePortal("seller", "/seller/listings");
  if (actor.sellerId === null) redirect("/seller/assisted");
  const [t, { submitted, refused }] = await Promise.all([getTranslations(), searchParams]);
  const listings = await orRefuse(listSellerListings(getDatabase().db, await actionContext()));
  const refusals = (refused ?? "").split(",").filter((reason) => REFUSALS.has(reason));
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-navy-900">{t("sellerPortal.listings.title")}</h1>
        <p className="mt-2 text-slate-700">{t("sellerPortal.listings.intro")}</p>
      </div>
      {submitted ? (
        <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
          {t("sellerPortal.listings.submitted")}
        </p>
      ) : null}
      {refusals.includes("notDraft") ? (
        <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {t("sellerPortal.listings.notDraft")}
        </p>
      ) : null}
      <EligibilityBanner reasons={listings.eligibility.reasons} profileCompleteness={listings.profileCompleteness} />
      {listings.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-navy-200 bg-white p-6 text-slate-700">{t("sellerPortal.listings.none")}</p>
      ) : (
        <ul aria-label={t("sellerPortal.listings.caption")} className="divide-y divide-navy-100 rounded-lg border border-navy-100 bg-white shadow-sm">
          {listings.rows.map((listing) => (
            <li key={listing.id} className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 p-4">
              <div className="min-w-0 flex-1 basis-64">
                <p className="font-semibold break-words text-navy-900">{listing.title}</p>
                <p className="mt-1 flex flex-wrap items-center gap-3 text-slate-700">
                  <span className="tabular-nums">{formatRupees(listing.pricePaise)}</span>
                  <Badge tone={listing.status === "APPROVED" ? "success" : listing.status === "REJECTED" ? "danger" : listing.status === "DRAFT" ? "neutral" : "warning"}>
                    {t(`listingStatus.${listing.status}`)}
                  </Badge>
                </p>
              </div>
              {listing.status === "DRAFT" && listings.eligibility.canGoLive ? (
                <form action={submitListingAction}>
                  <input type="hidden" name="listingId" value={listing.id} />
                  <Button type="submit" variant="secondary" aria-label={`${t("sellerPortal.listings.submit")}: ${listing.title}`}>
                    {t("sellerPortal.listings.submit")}
                  </Button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {listings.total > listings.rows.length ? (
        <p className="text-sm text-slate-700">{t("sellerPortal.listings.more", { shown: formatIndianNumber(listings.rows.length), total: formatIndianNumber(listings.total) })}</p>
      ) : null}
    </>
  );
}
