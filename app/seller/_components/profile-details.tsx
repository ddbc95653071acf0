import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SellerProfileView } from "@/lib/sellers/get-seller-profile";

const SHOWN = ["legalName", "tradeName", "pan", "gstin", "udyamNumber", "addressLine", "pincode", "ifsc"] as const;

// The profile for seller staff, who may read it but not change it.
export async function ProfileDetails({ profile }: { profile: SellerProfileView }) {
  const t = await getTranslations();
  return (
    <Card aria-labelledby="profile-details">
      <h2 id="profile-details" className="text-xl font-bold text-navy-900">
        {t("sellerPortal.profile.details")}
      </h2>
      <p className="mt-1 text-slate-700">{t("sellerPortal.profile.readOnly")}</p>
      <dl className="mt-4 grid gap-x-8 gap-y-4 sm:grid-cols-2">
        {SHOWN.map((field) => (
          <div key={field}>
            <dt className="text-sm text-slate-600">{t(`sellers.fields.${field}`)}</dt>
            <dd className="font-semibold break-words text-slate-900">{profile.values[field] ?? t("sellerPortal.profile.none")}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
