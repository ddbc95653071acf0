import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { Pagination } from "@/components/portal/pagination";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { ListingStatus } from "@/lib/db/generated/enums";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import { listSellerListings } from "@/lib/sellers/list-seller-listings";
import { EligibilityBanner } from "../_components/eligibility-banner";
import { orRefuse } from "@/app/_lib/or-refuse";
import { ListingRowActions } from "./_components/listing-row-actions";
import { ListingStatusBadge } from "./_components/listing-status-badge";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sellerPortal.listings");
  return { title: t("title") };
}

const REFUSALS = new Set(["notDraft", "notVerified", "incomplete"]);
const NOTICES = new Set(["paused", "resumed", "resumedDraft", "notAllowed"]);
const STATUSES = Object.values(ListingStatus);

type PageProps = { searchParams: Promise<{ submitted?: string; refused?: string; notice?: string; status?: string; q?: string; page?: string }> };

export default async function SellerListingsPage({ searchParams }: PageProps) {
  const actor = await requirePortal("seller", "/seller/listings");
  if (actor.sellerId === null) redirect("/seller/assisted");
  const [t, params] = await Promise.all([getTranslations(), searchParams]);
  const status = STATUSES.find((candidate) => candidate === params.status);
  const q = params.q?.slice(0, 100) ?? "";
  const listings = await orRefuse(listSellerListings(getDatabase().db, await actionContext(), { status, q, page: Number(params.page) || 1 }));
  const refusals = (params.refused ?? "").split(",").filter((reason) => REFUSALS.has(reason));
  const notice = NOTICES.has(params.notice ?? "") ? params.notice : null;
  const hrefFor = (changes: { status?: string; page?: number }) => {
    const query = new URLSearchParams({ ...(changes.status ? { status: changes.status } : {}), ...(q ? { q } : {}), ...(changes.page && changes.page > 1 ? { page: String(changes.page) } : {}) });
    return `/seller/listings${query.size ? `?${query}` : ""}`;
  };
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-3xl font-bold text-navy-900">{t("sellerPortal.listings.title")}</h1>
          <p className="mt-2 text-slate-700">{t("sellerPortal.listings.intro")}</p>
        </div>
        <ButtonLink href="/seller/listings/new">{t("listingEditor.newListing")}</ButtonLink>
      </div>
      {params.submitted ? (
        <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
          {t("sellerPortal.listings.submitted")}
        </p>
      ) : null}
      {notice ? (
        <p role={notice === "notAllowed" ? "alert" : "status"} className="rounded-md border-l-4 border-navy-700 bg-navy-50 p-4 font-semibold text-navy-900">
          {t(`listingEditor.${notice}` as "listingEditor.paused")}
        </p>
      ) : null}
      {refusals.includes("notDraft") ? (
        <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {t("sellerPortal.listings.notDraft")}
        </p>
      ) : null}
      <EligibilityBanner reasons={listings.eligibility.reasons} profileCompleteness={listings.profileCompleteness} />
      <nav aria-label={t("listingEditor.filter")} className="flex flex-wrap gap-2">
        {[undefined, ...STATUSES].map((candidate) => (
          <Link
            key={candidate ?? "all"}
            href={hrefFor({ status: candidate })}
            aria-current={candidate === status ? "page" : undefined}
            className={`inline-flex min-h-11 items-center rounded-full border px-4 font-semibold ${candidate === status ? "border-navy-800 bg-navy-800 text-white" : "border-navy-300 bg-white text-navy-800 hover:bg-navy-50"}`}
          >
            {candidate ? t(`listingStatus.${candidate}`) : t("listingEditor.all")}
          </Link>
        ))}
      </nav>
      <form method="get" action="/seller/listings" role="search" className="flex flex-wrap items-end gap-3">
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor="listing-search" className="block font-semibold text-slate-900">
            {t("listingEditor.search")}
          </label>
          <input id="listing-search" name="q" type="search" defaultValue={q} className="mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2" />
        </div>
        <Button type="submit" variant="secondary">
          {t("listingEditor.searchButton")}
        </Button>
      </form>
      {listings.rows.length === 0 ? (
        <EmptyState>{t("sellerPortal.listings.none")}</EmptyState>
      ) : (
        <ul aria-label={t("sellerPortal.listings.caption")} className="divide-y divide-navy-100 rounded-lg border border-navy-100 bg-white shadow-sm">
          {listings.rows.map((listing) => (
            <li key={listing.id} className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 p-4">
              <div className="min-w-0 flex-1 basis-64">
                <Link href={`/seller/listings/${listing.id}`} className="font-semibold break-words text-navy-900 underline-offset-2 hover:underline">
                  {listing.title}
                </Link>
                <p className="mt-1 flex flex-wrap items-center gap-3 text-slate-700">
                  <span className="tabular-nums">{formatRupees(listing.pricePaise)}</span>
                  <span className="tabular-nums">{t("listingEditor.stockShort", { count: formatIndianNumber(listing.stockQuantity) })}</span>
                  <ListingStatusBadge status={listing.status} />
                </p>
              </div>
              <ListingRowActions listing={listing} canGoLive={listings.eligibility.canGoLive} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={listings.page} pageCount={listings.pageCount} hrefFor={(page) => hrefFor({ status, page })} messages="listingEditor" />
    </>
  );
}
