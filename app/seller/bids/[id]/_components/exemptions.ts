import type { MseClass } from "@/lib/db/generated/enums";
import { isMseClass } from "@/lib/reporting/definitions";

type Criteria = { isMseExemptFromCriteria: boolean; isStartupExemptFromCriteria: boolean };

// What the seller is spared, as submit-offer.ts decides it: MSEs and startups never pay
// earnest money, and skip the turnover and experience criteria when the bid exempts them.
export function exemptionsOf(bid: Criteria, seller: { mseClass: MseClass | null; isStartup: boolean }) {
  const isMse = isMseClass(seller.mseClass);
  return {
    isCriteriaExempt: (isMse && bid.isMseExemptFromCriteria) || (seller.isStartup && bid.isStartupExemptFromCriteria),
    isEmdExempt: isMse || seller.isStartup,
  };
}

export type Exemptions = ReturnType<typeof exemptionsOf>;
