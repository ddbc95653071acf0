import { getTranslations } from "next-intl/server";
import { DetailList } from "@/components/portal/detail-list";
import { Card } from "@/components/ui/card";
import { formatRupees } from "@/lib/money/format";
import type { Exemptions } from "./exemptions";
import type { SellerBid } from "./seller-bid-view";

const note = "mt-4 rounded-md border-l-4 border-navy-700 bg-navy-50 p-3 text-slate-900";

// The criteria a seller must meet and the earnest money, with whether this seller is exempt.
export async function BidEligibility({ bid, exemptions }: { bid: SellerBid; exemptions: Exemptions }) {
  const t = await getTranslations("sellerBids.eligibility");
  const hasCriteria = bid.minTurnoverPaise !== null || bid.minExperienceYears !== null;
  const exempt =
    bid.isMseExemptFromCriteria && bid.isStartupExemptFromCriteria ? "exemptBoth" : bid.isMseExemptFromCriteria ? "exemptMse" : bid.isStartupExemptFromCriteria ? "exemptStartup" : "exemptNone";
  return (
    <Card aria-labelledby="eligibility-title">
      <h2 id="eligibility-title" className="mb-4 text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <DetailList
        details={[
          { label: t("minTurnover"), value: bid.minTurnoverPaise === null ? t("none") : formatRupees(bid.minTurnoverPaise) },
          { label: t("minExperience"), value: bid.minExperienceYears === null ? t("none") : t("years", { count: bid.minExperienceYears }) },
          ...(hasCriteria ? [{ label: t("exemption"), value: t(exempt) }] : []),
          { label: t("emd"), value: bid.emdPaise === null ? t("none") : formatRupees(bid.emdPaise) },
        ]}
      />
      {hasCriteria ? <p className={note}>{exemptions.isCriteriaExempt ? t("youExempt") : t("youNotExempt")}</p> : null}
      {bid.emdPaise === null ? null : (
        <p className={note}>
          {t("emdRule")} {exemptions.isEmdExempt ? t("youEmdExempt") : t("youEmdNotExempt")}
        </p>
      )}
    </Card>
  );
}
