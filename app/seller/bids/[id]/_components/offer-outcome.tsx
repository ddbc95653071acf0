import { getTranslations } from "next-intl/server";
import { OfferStatusBadge } from "@/components/bids/bid-status-badge";
import { getIstFormatter } from "@/components/bids/ist-date-time";
import type { FormAction } from "@/components/forms/zod-form";
import { DetailList, type Detail } from "@/components/portal/detail-list";
import { Card } from "@/components/ui/card";
import { formatRupees } from "@/lib/money/format";
import { RejectionPanel } from "./rejection-panel";
import type { SellerBidView } from "./seller-bid-view";

type OfferOutcomeProps = { view: SellerBidView; canAct: boolean; representAction: FormAction };

// After the opening: what became of the seller's offer, why it was rejected and the
// representation, and, once the prices are open, its rank and total.
export async function OfferOutcome({ view: { bid, offer, now }, canAct, representAction }: OfferOutcomeProps) {
  const [t, tr, ist] = await Promise.all([getTranslations("sellerBids.outcome"), getTranslations("sellerBids"), getIstFormatter()]);
  const heading = (
    <h2 id="offer-title" className="text-xl font-bold text-navy-900">
      {t("title")}
    </h2>
  );
  if (!offer || offer.status === "DRAFT" || offer.status === "WITHDRAWN") {
    return (
      <Card aria-labelledby="offer-title">
        {heading}
        <p className="mt-2 text-slate-700">{offer?.withdrawnAt ? t("withdrawn", { date: ist(offer.withdrawnAt) }) : t("noOffer")}</p>
      </Card>
    );
  }
  // During a reverse auction the live panel shows the rank as it moves.
  const rank = bid.financialOpenedAt === null || bid.status === "REVERSE_AUCTION" ? null : offer.rank;
  const total = offer.finalTotalPaise ?? offer.totalPaise;
  const details: Detail[] = [
    { label: t("status"), value: <OfferStatusBadge status={offer.status} /> },
    ...(offer.submittedAt ? [{ label: t("sent"), value: ist(offer.submittedAt) }] : []),
    ...(rank !== null ? [{ label: t("rank"), value: tr("rank", { rank }) }] : []),
    ...(rank !== null && total !== null ? [{ label: t("total"), value: formatRupees(total, { withPaise: true }) }] : []),
  ];
  return (
    <>
      <Card aria-labelledby="offer-title">
        <div className="mb-4">{heading}</div>
        <DetailList details={details} columns={3} />
        {bid.status === "TECHNICAL_EVALUATION" && offer.status === "SUBMITTED" ? <p className="mt-4 text-slate-700">{t("evaluating")}</p> : null}
        {bid.status === "TECHNICAL_EVALUATION" && offer.status === "QUALIFIED" ? <p className="mt-4 text-slate-700">{t("qualified")}</p> : null}
      </Card>
      <RejectionPanel bid={bid} offer={offer} now={now} canAct={canAct} action={representAction} />
    </>
  );
}
