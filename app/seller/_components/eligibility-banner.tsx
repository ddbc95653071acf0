import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import type { IneligibilityReason } from "@/lib/sellers/listing-eligibility";

// Why the seller's listings cannot go live yet, and the way to fix it.
export async function EligibilityBanner({ reasons, profileCompleteness }: { reasons: IneligibilityReason[]; profileCompleteness: number }) {
  const t = await getTranslations("sellerPortal.eligibility");
  if (reasons.length === 0) return null;
  return (
    <section aria-labelledby="eligibility-title" className="rounded-lg border-l-8 border-amber-500 bg-amber-50 p-5 text-slate-900">
      <h2 id="eligibility-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mt-2">{t("intro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {reasons.map((reason) => (
          <li key={reason}>{t(`reason.${reason}`, { percent: profileCompleteness })}</li>
        ))}
      </ul>
      {reasons.includes("incomplete") ? (
        <ButtonLink href="/seller/profile" variant="secondary" className="mt-4">
          {t("completeLink")}
        </ButtonLink>
      ) : null}
    </section>
  );
}
