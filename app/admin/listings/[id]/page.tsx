import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ListingStatusBadge } from "@/components/catalogue/listing-status-badge";
import { FormCard } from "@/components/portal/form-card";
import { RecordHeader } from "@/components/portal/record-header";
import { DetailList } from "@/components/portal/detail-list";
import { localName } from "@/components/portal/local-name";
import { formatDate } from "@/components/reporting/format-date";
import { Card } from "@/components/ui/card";
import { getListingForReview, type ListingForReview } from "@/lib/admin/listing-review";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { formatIndianNumber } from "@/lib/money/format";
import { orRefuse } from "@/app/_lib/or-refuse";
import { SellerTags } from "../../_components/seller-tags";
import { VerificationBadge } from "../../_components/verification-badge";
import { ApproveListingForm } from "./_components/approve-listing-form";
import { ListingDetails } from "./_components/listing-details";
import { RejectListingForm } from "./_components/reject-listing-form";
import { approveListingAction, rejectListingAction } from "./actions";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ decision?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("listingReview");
  return { title: t("title") };
}

async function loadListing(id: string) {
  const actor = await requirePortal("admin", `/admin/listings/${id}`);
  const listingId = Number(id);
  if (!Number.isSafeInteger(listingId) || listingId <= 0) notFound();
  return orRefuse(getListingForReview(getDatabase().db, { actor, ip: null }, listingId));
}

export default async function ListingReviewPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const [listing, { decision }, t, locale] = await Promise.all([loadListing(id), searchParams, getTranslations(), getLocale()]);
  const { seller } = listing;
  return (
    <>
      <RecordHeader
        back={{ href: "/admin/listings", label: t("adminPortal.backTo", { page: t("listingReview.title") }) }}
        title={listing.title}
        badge={<ListingStatusBadge status={listing.status} />}
        done={decision === "approved" || decision === "rejected" ? t(decision === "approved" ? "listingReview.approve.done" : "listingReview.reject.done") : null}
      >
        <p className="mt-2 text-slate-700">
          {t("listingReview.detail.submitted")}: {formatDate(locale, listing.submittedAt ?? listing.createdAt, { withTime: true })}
          {listing.importId ? ` · ${t("listingReview.fromImport")}` : ""}
        </p>
      </RecordHeader>
      <ListingDetails listing={listing} locale={locale} />
      <Card aria-labelledby="listing-seller">
        <h2 id="listing-seller" className="mb-4 text-xl font-bold text-navy-900">
          {t("listingReview.detail.seller")}
        </h2>
        <DetailList
          columns={3}
          details={[
            { label: t("listingReview.detail.sellerName"), value: <Link href={`/admin/sellers/${seller.id}`} className="text-navy-800 underline">{seller.legalName}</Link> },
            { label: t("listingReview.detail.sellerPlace"), value: `${localName(locale, seller.district)}, ${localName(locale, seller.state)}` },
            { label: t("listingReview.detail.sellerStatus"), value: <VerificationBadge status={seller.verificationStatus} /> },
            { label: t("adminSellers.columns.completeness"), value: t("listingReview.detail.completeness", { percent: seller.profileCompleteness }) },
            { label: t("listingReview.detail.approvedListings"), value: formatIndianNumber(seller._count.listings) },
          ]}
        />
        <div className="mt-4">
          <SellerTags seller={seller} />
        </div>
        {listing.sellerCanGoLive ? null : <p className="mt-4 rounded-md border-l-4 border-amber-500 bg-amber-50 p-4 text-amber-950">{t("listingReview.detail.sellerCannotGoLive")}</p>}
      </Card>
      <Decision listing={listing} locale={locale} />
    </>
  );
}

async function Decision({ listing, locale }: { listing: ListingForReview; locale: string }) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="field-decision" className="space-y-4">
      <h2 id="field-decision" tabIndex={-1} className="text-xl font-bold text-navy-900">
        {t("listingReview.detail.decision")}
      </h2>
      {listing.canDecide ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <FormCard id="approve-title" title={t("listingReview.approve.title")}>
            <ApproveListingForm listingId={listing.id} action={approveListingAction} />
          </FormCard>
          <FormCard id="reject-title" title={t("listingReview.reject.title")}>
            <RejectListingForm listingId={listing.id} action={rejectListingAction} />
          </FormCard>
        </div>
      ) : (
        <Card as="div">
          <p className="mb-4 text-slate-800">{t("listingReview.decided")}</p>
          <DetailList
            columns={3}
            details={[
              { label: t("listingReview.detail.status"), value: <ListingStatusBadge status={listing.status} /> },
              ...(listing.reviewedAt && listing.reviewedBy
                ? [{ label: t("listingReview.detail.decision"), value: t("listingReview.detail.decidedBy", { name: listing.reviewedBy.name, date: formatDate(locale, listing.reviewedAt) }) }]
                : []),
              ...(listing.rejectionReasonCode ? [{ label: t("listingReview.detail.reason"), value: t(`listingRejectionReasons.${listing.rejectionReasonCode}`) }] : []),
              ...(listing.rejectionNote ? [{ label: t("listingReview.detail.note"), value: listing.rejectionNote }] : []),
            ]}
          />
        </Card>
      )}
    </section>
  );
}
