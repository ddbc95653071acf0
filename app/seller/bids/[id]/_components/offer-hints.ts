import type { getTranslations } from "next-intl/server";
import { formatRupees } from "@/lib/money/format";
import type { Exemptions } from "./exemptions";
import type { OfferHints } from "./offer-form";
import type { SellerBid } from "./seller-bid-view";

type Translate = Awaited<ReturnType<typeof getTranslations<"sellerBids.offer">>>;

// What the bid asks of this seller for each declaration: a criterion it is exempt from, or
// that the bid does not set, may be left out.
export function offerHintsOf(bid: SellerBid, exemptions: Exemptions, t: Translate): OfferHints {
  const exempt = exemptions.isCriteriaExempt ? ` ${t("exemptHint")}` : "";
  return {
    turnover:
      bid.minTurnoverPaise === null
        ? { hint: t("noTurnoverHint"), isOptional: true }
        : { hint: `${t("turnoverHint", { amount: formatRupees(bid.minTurnoverPaise) })}${exempt}`, isOptional: exemptions.isCriteriaExempt },
    experience:
      bid.minExperienceYears === null
        ? { hint: t("noExperienceHint"), isOptional: true }
        : { hint: `${t("experienceHint", { count: bid.minExperienceYears })}${exempt}`, isOptional: exemptions.isCriteriaExempt },
    emd:
      bid.emdPaise === null
        ? null
        : { hint: t(exemptions.isEmdExempt ? "emdExemptHint" : "emdHint", { amount: formatRupees(bid.emdPaise) }), isOptional: exemptions.isEmdExempt },
  };
}
