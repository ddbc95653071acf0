import { getTranslations } from "next-intl/server";
import { OfferStatusBadge } from "@/components/bids/bid-status-badge";
import { getIstFormatter } from "@/components/bids/ist-date-time";
import type { FormAction } from "@/components/forms/zod-form";
import { HelpLink } from "@/components/help/help-link";
import { FormCard } from "@/components/portal/form-card";
import { Card } from "@/components/ui/card";
import { formatRupees } from "@/lib/money/format";
import type { Exemptions } from "./exemptions";
import { OfferForm } from "./offer-form";
import { offerHintsOf } from "./offer-hints";
import { offerFormValues } from "./offer-values";
import type { SellerBidView } from "./seller-bid-view";
import { specificationsOf } from "./specifications";
import { WithdrawForm } from "./withdraw-form";

type OfferStageProps = { view: SellerBidView; exemptions: Exemptions; canAct: boolean; actions: { submit: FormAction; withdraw: FormAction } };

const notice = "mt-4 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950";

// While the bid is open: the sealed offer, sent, revised or withdrawn before the deadline.
export async function OfferStage({ view: { bid, offer, seller, now }, exemptions, canAct, actions }: OfferStageProps) {
  const [t, tw, ist] = await Promise.all([getTranslations("sellerBids.offer"), getTranslations("sellerBids.withdraw"), getIstFormatter()]);
  const isOpen = bid.submissionDeadline !== null && bid.submissionDeadline > now;
  const sent = offer?.status === "SUBMITTED" ? offer : null;
  const isVerified = seller.verificationStatus === "VERIFIED";
  const canOffer = isOpen && canAct && isVerified && offer?.status !== "WITHDRAWN";
  return (
    <>
      <Card aria-labelledby="offer-title">
        <h2 id="offer-title" className="text-xl font-bold text-navy-900">
          {t("title")}
        </h2>
        <HelpLink topic="bidOffer" className="mt-2" />
        {bid.openingAt ? <p className="mt-3 rounded-md border-l-4 border-navy-700 bg-navy-50 p-3 font-semibold text-navy-900">{t("sealed", { date: ist(bid.openingAt) })}</p> : null}
        {sent?.submittedAt ? (
          <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-900">
            <OfferStatusBadge status={sent.status} />
            <span>{t("version", { revision: sent.revision, date: ist(sent.submittedAt) })}</span>
            {sent.totalPaise !== null ? <span className="font-semibold">{t("total", { amount: formatRupees(sent.totalPaise, { withPaise: true }) })}</span> : null}
          </div>
        ) : null}
        {offer?.status === "WITHDRAWN" && offer.withdrawnAt ? <p className={notice}>{t("withdrawn", { date: ist(offer.withdrawnAt) })}</p> : null}
        {!isOpen && bid.openingAt ? <p className={notice}>{t("closed", { date: ist(bid.openingAt) })}</p> : null}
        {isOpen && !canAct ? <p className={notice}>{t("staffOnly")}</p> : null}
        {isOpen && canAct && !isVerified ? <p className={notice}>{t("notVerified")}</p> : null}
        {canOffer ? (
          <div className="mt-6">
            <OfferForm
              bidId={bid.id}
              items={bid.items.map(({ id, title, quantity, unit, gstRateBps, specifications }) => ({ id, title, quantity, unit, gstRateBps, specifications: specificationsOf(specifications) }))}
              hints={offerHintsOf(bid, exemptions, t)}
              initialValues={offerFormValues(bid.items, sent)}
              isRevision={sent !== null}
              action={actions.submit}
            />
          </div>
        ) : null}
      </Card>
      {isOpen && canAct && sent ? (
        <FormCard id="withdraw-title" title={tw("title")} level={2}>
          <WithdrawForm bidId={bid.id} action={actions.withdraw} />
        </FormCard>
      ) : null}
    </>
  );
}
