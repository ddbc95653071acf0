import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import { formatDate } from "@/components/reporting/format-date";
import { Card } from "@/components/ui/card";
import { getOrganisationForReview } from "@/lib/admin/get-organisation-for-review";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { VerificationBadge } from "../_components/verification-badge";
import { DecisionForms } from "./_components/decision-forms";
import { DetailList } from "@/components/portal/detail-list";
import { rejectOrganisationAction, verifyOrganisationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organisationReview");
  return { title: t("detailTitle") };
}

type Props = { params: Promise<{ id: string }> };

export default async function AdminOrganisationPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePortal("admin", `/admin/organisations/${id}`);
  const organisationId = Number(id);
  if (!Number.isSafeInteger(organisationId)) notFound();
  const organisation = await getOrganisationForReview(getDatabase().db, { actor, ip: null }, organisationId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { department } = organisation;
  const parent = department.ministry ? localName(locale, department.ministry) : department.state ? t("buyers.registration.stateGovernment", { state: localName(locale, department.state) }) : "";
  const office = organisation.offices[0];

  return (
    <>
      <div>
        <Link href="/admin/organisations" className="font-semibold text-navy-800 underline">
          {t("organisationReview.back")}
        </Link>
        <h1 className="mt-3 text-3xl font-bold text-navy-900">{organisation.name}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-3 text-slate-700">
          <VerificationBadge status={organisation.verificationStatus} />
          <span>{t("organisationReview.registeredOn", { date: formatDate(locale, organisation.createdAt) })}</span>
        </div>
      </div>
      <Card aria-labelledby="organisation-heading">
        <h2 id="organisation-heading" className="mb-4 text-xl font-bold text-navy-900">
          {t("organisationReview.organisation")}
        </h2>
        <DetailList
          details={[
            { label: t("identity.organisationType"), value: t(`organisationType.${organisation.type}`) },
            { label: t("identity.jurisdiction"), value: organisation.state ? localName(locale, organisation.state) : t("identity.central") },
            { label: t("organisationReview.parent"), value: parent },
            { label: t("buyers.registration.department"), value: localName(locale, department) },
          ]}
        />
      </Card>
      <Card aria-labelledby="head-heading">
        <h2 id="head-heading" className="mb-4 text-xl font-bold text-navy-900">
          {t("organisationReview.head")}
        </h2>
        {organisation.hasGovernmentEmail ? null : (
          <p role="note" className="mb-4 rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-amber-950">
            {t("organisationReview.ownDomain", { domain: organisation.emailDomain ?? "" })}
          </p>
        )}
        {organisation.primaryUsers.map((user) => (
          <DetailList
            key={user.id}
            details={[
              { label: t("identity.name"), value: user.name },
              { label: t("buyers.registration.headDesignation"), value: user.designation ?? "—" },
              { label: t("buyers.registration.email"), value: user.email },
              { label: t("buyers.registration.phone"), value: user.phone ?? "—" },
            ]}
          />
        ))}
      </Card>
      {office ? (
        <Card aria-labelledby="office-heading">
          <h2 id="office-heading" className="mb-4 text-xl font-bold text-navy-900">
            {t("organisationReview.office")}
          </h2>
          <DetailList
            details={[
              { label: t("buyers.registration.officeName"), value: office.name },
              { label: t("buyers.registration.officeAddress"), value: `${office.addressLine}, ${office.pincode}` },
              { label: t("forms.district"), value: [office.block?.name, localName(locale, office.district)].filter(Boolean).join(", ") },
              { label: t("forms.state"), value: localName(locale, office.state) },
            ]}
          />
        </Card>
      ) : null}
      <section aria-labelledby="decision-heading" className="space-y-4">
        <h2 id="decision-heading" className="text-xl font-bold text-navy-900">
          {t("organisationReview.decision.title")}
        </h2>
        {organisation.verificationStatus === "PENDING" ? (
          <DecisionForms organisationId={organisation.id} verifyAction={verifyOrganisationAction} rejectAction={rejectOrganisationAction} />
        ) : (
          <Card>
            <DetailList
              details={[
                { label: t("organisationReview.columns.status"), value: <VerificationBadge status={organisation.verificationStatus} /> },
                { label: t("organisationReview.decision.by"), value: organisation.verifiedBy?.name ?? "" },
                ...(organisation.verifiedAt ? [{ label: t("organisationReview.decision.on"), value: formatDate(locale, organisation.verifiedAt, { withTime: true }) }] : []),
                ...(organisation.rejectionReasonCode ? [{ label: t("organisationReview.decision.decidedReason"), value: t(`rejectionReason.${organisation.rejectionReasonCode}`) }] : []),
                ...(organisation.rejectionNote ? [{ label: t("organisationReview.decision.decidedNote"), value: organisation.rejectionNote }] : []),
              ]}
            />
          </Card>
        )}
      </section>
    </>
  );
}
