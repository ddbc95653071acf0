import type { MseClass } from "@/lib/db/generated/enums";
import { isExemptFromCriteria, isExemptFromEmd } from "@/lib/bids/submit-offer";
import { isMseClass } from "@/lib/reporting/definitions";

type Criteria = { isMseExemptFromCriteria: boolean; isStartupExemptFromCriteria: boolean };

// What the seller is spared, decided by the same rules submit-offer.ts applies.
export function exemptionsOf(bid: Criteria, seller: { mseClass: MseClass | null; isStartup: boolean }) {
  const standing = { isMse: isMseClass(seller.mseClass), isStartup: seller.isStartup };
  return { isCriteriaExempt: isExemptFromCriteria(bid, standing), isEmdExempt: isExemptFromEmd(standing) };
}

export type Exemptions = ReturnType<typeof exemptionsOf>;
