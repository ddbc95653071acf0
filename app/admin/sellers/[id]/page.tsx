import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FormCard } from "@/components/portal/form-card";
import { RecordHeader } from "@/components/portal/record-header";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/components/reporting/format-date";
import { getSellerForReview } from "@/lib/admin/seller-review";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { orRefuse } from "@/app/_lib/or-refuse";
import { SellerTags } from "../../_components/seller-tags";
import { VerificationBadge } from "../../_components/verification-badge";
import { rejectSellerAction, verifySellerAction } from "./actions";
import { DetailList } from "@/components/portal/detail-list";
import { RejectSellerForm } from "./_components/reject-seller-form";
import { SellerHistory } from "./_components/seller-history";
import { SellerProfile } from "./_components/seller-profile";
import { VerifySellerForm } from "./_components/verify-seller-form";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ decision?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSellers");
  return { title: t("title") };
}

async function loadSeller(id: string, returnTo: string) {
  const actor = await requirePortal("admin", returnTo);
  const sellerId = Number(id);
  if (!Number.isSafeInteger(sellerId) || sellerId <= 0) notFound();
  return orRefuse(getSellerForReview(getDatabase().db, { actor, ip: null }, sellerId));
}

export default async function SellerReviewPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const [seller, { decision }, t, locale] = await Promise.all([loadSeller(id, `/admin/sellers/${id}`), searchParams, getTranslations(), getLocale()]);

  return (
    <>
      <RecordHeader
        back={{ href: "/admin/sellers", label: t("adminPortal.backTo", { page: t("adminSellers.title") }) }}
        title={seller.legalName}
        badge={<VerificationBadge status={seller.verificationStatus} />}
        done={decision === "verified" || decision === "rejected" ? t(`adminSellers.${decision === "verified" ? "verify" : "reject"}.done`) : null}
      >
        <p className="mt-2 text-slate-700">
          {t(`adminSellers.entityType.${seller.entityType}`)} · {t("adminSellers.detail.registeredOn", { date: formatDate(locale, seller.createdAt) })} ·{" "}
          {t("adminSellers.completeness", { percent: seller.profileCompleteness })}
        </p>
        <div className="mt-3">
          <SellerTags seller={seller} />
        </div>
      </RecordHeader>
      <SellerProfile seller={seller} locale={locale} />
      <section aria-labelledby="field-decision" className="space-y-4">
        <h2 id="field-decision" tabIndex={-1} className="text-xl font-bold text-navy-900">
          {t("adminSellers.detail.decision")}
        </h2>
        <Card as="div">
          <DetailList
            columns={3}
            details={[
              { label: t("adminSellers.detail.currentStatus"), value: <VerificationBadge status={seller.verificationStatus} /> },
              ...(seller.verifiedAt && seller.verifiedBy
                ? [{ label: t("verificationStatus.VERIFIED"), value: t("adminSellers.detail.verifiedBy", { name: seller.verifiedBy.name, date: formatDate(locale, seller.verifiedAt) }) }]
                : []),
              ...(seller.rejectionReasonCode
                ? [{ label: t("adminSellers.detail.rejectedFor"), value: t(`rejectionReason.${seller.rejectionReasonCode}`) }]
                : []),
              ...(seller.rejectionNote ? [{ label: t("adminSellers.detail.note"), value: seller.rejectionNote }] : []),
            ]}
          />
        </Card>
        <DecisionForms seller={seller} />
      </section>
      <SellerHistory history={seller.history} locale={locale} />
    </>
  );
}

async function DecisionForms({ seller }: { seller: Awaited<ReturnType<typeof getSellerForReview>> }) {
  const t = await getTranslations("adminSellers");
  const explanation = !seller.canVerify && !seller.canReject ? t("cannotDecide.decided") : null;
  const incomplete = seller.profileCompleteness < 100 && (seller.verificationStatus === "PENDING" || seller.verificationStatus === "REJECTED");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {seller.canVerify ? (
        <FormCard id="verify-title" title={t("verify.title")}>
          <VerifySellerForm sellerId={seller.id} action={verifySellerAction} />
        </FormCard>
      ) : null}
      {incomplete ? (
        <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-4 text-amber-950">{t("cannotDecide.incomplete", { percent: seller.profileCompleteness })}</p>
      ) : explanation ? (
        <p className="rounded-md border-l-4 border-navy-700 bg-white p-4 text-slate-800">{explanation}</p>
      ) : null}
      {seller.canReject ? (
        <FormCard id="reject-title" title={t("reject.title")}>
          <RejectSellerForm sellerId={seller.id} action={rejectSellerAction} />
        </FormCard>
      ) : null}
    </div>
  );
}
