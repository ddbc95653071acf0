import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SellerProfileView } from "@/lib/sellers/get-seller-profile";
import { CompletenessMeter } from "./completeness-meter";
import { VerificationBadge } from "./verification-badge";

// Where the profile stands: verification (with the reason, prominently, when refused),
// completeness, who helped register it, and whom to contact.
export async function ProfileStatus({ profile }: { profile: SellerProfileView }) {
  const t = await getTranslations();
  return (
    <div className="space-y-6">
      {profile.rejection ? (
        <section aria-labelledby="rejection-title" className="rounded-lg border-l-8 border-red-700 bg-red-50 p-5 text-red-950">
          <h2 id="rejection-title" className="text-xl font-bold">
            {t("sellerPortal.profile.rejectedTitle")}
          </h2>
          <dl className="mt-3 space-y-2">
            {profile.rejection.reasonCode ? (
              <div>
                <dt className="text-sm font-semibold">{t("sellerPortal.profile.rejectedReason")}</dt>
                <dd className="text-lg">{t(`rejectionReason.${profile.rejection.reasonCode}`)}</dd>
              </div>
            ) : null}
            {profile.rejection.note ? (
              <div>
                <dt className="text-sm font-semibold">{t("sellerPortal.profile.rejectedNote")}</dt>
                <dd className="whitespace-pre-line">{profile.rejection.note}</dd>
              </div>
            ) : null}
          </dl>
          <p className="mt-3 font-semibold">{t("sellerPortal.profile.rejectedAction")}</p>
        </section>
      ) : null}
      <Card aria-labelledby="completeness-title" className="space-y-5">
        <div className="flex flex-wrap items-center gap-3">
          <span className="font-semibold text-slate-900">{t("sellerPortal.profile.status")}</span>
          <VerificationBadge status={profile.verificationStatus} />
        </div>
        {profile.verificationStatus === "PENDING" ? <p className="text-slate-700">{t("sellerPortal.profile.pendingNote")}</p> : null}
        <CompletenessMeter completeness={profile.completeness} />
        {profile.assistedBy ? (
          <p className="rounded-md bg-navy-50 p-3 text-slate-800">
            {t("sellerPortal.profile.assistedBy", { name: profile.assistedBy.name, centre: profile.assistedBy.centre ?? "" })}
          </p>
        ) : null}
        <div>
          <h2 id="contacts" className="font-semibold text-slate-900">
            {t("sellerPortal.profile.contacts")}
          </h2>
          <ul className="mt-1 text-slate-800">
            {profile.contacts.map((contact) => (
              <li key={`${contact.name}-${contact.phone}`}>
                {contact.name}, {contact.phone ?? t("sellerPortal.profile.noPhone")}
              </li>
            ))}
          </ul>
        </div>
      </Card>
    </div>
  );
}
