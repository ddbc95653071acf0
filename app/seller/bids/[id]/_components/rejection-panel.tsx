import { getTranslations } from "next-intl/server";
import { getIstFormatter } from "@/components/bids/ist-date-time";
import type { FormAction } from "@/components/forms/zod-form";
import { DetailList } from "@/components/portal/detail-list";
import { Card } from "@/components/ui/card";
import { DAY_MS, REJECTION_REASONS, REPRESENTATION_DAYS } from "@/lib/bids/bid-rules";
import { RepresentationForm } from "./representation-form";
import type { SellerBid, SellerOffer } from "./seller-bid-view";

type RejectionPanelProps = {
  bid: SellerBid;
  offer: SellerOffer;
  now: Date;
  canAct: boolean;
  action: FormAction;
};

const isRejectionReason = (code: string): code is (typeof REJECTION_REASONS)[number] => (REJECTION_REASONS as readonly string[]).includes(code);

// A rejected offer (also one qualified again on representation): the buyer's reason and
// note, the REPRESENTATION_DAYS window to answer them, the representation and the reply.
export async function RejectionPanel({ bid, offer, now, canAct, action }: RejectionPanelProps) {
  const [t, tb, ist] = await Promise.all([getTranslations("sellerBids"), getTranslations("bids.rejectionReasons"), getIstFormatter()]);
  const code = offer.rejectionReasonCode;
  if (code === null) return null;
  const windowEnd = offer.evaluatedAt ? new Date(offer.evaluatedAt.getTime() + REPRESENTATION_DAYS * DAY_MS) : null;
  const canRepresent = windowEnd !== null && bid.status === "TECHNICAL_EVALUATION" && offer.status === "DISQUALIFIED" && offer.representedAt === null && now <= windowEnd;
  return (
    <Card aria-labelledby="rejection-title">
      <h2 id="rejection-title" className="mb-4 text-xl font-bold text-navy-900">
        {t("outcome.rejectedTitle")}
      </h2>
      <DetailList
        details={[
          { label: t("outcome.reason"), value: isRejectionReason(code) ? tb(code) : code },
          ...(offer.evaluatedAt ? [{ label: t("outcome.rejectedOn"), value: ist(offer.evaluatedAt) }] : []),
          ...(offer.rejectionNote ? [{ label: t("outcome.buyerNote"), value: <span className="font-normal whitespace-pre-line">{offer.rejectionNote}</span> }] : []),
        ]}
      />
      {offer.representedAt ? (
        <div className="mt-6 space-y-3">
          <div>
            <h3 className="font-bold text-navy-900">{t("outcome.representation", { date: ist(offer.representedAt) })}</h3>
            <p className="mt-1 break-words whitespace-pre-line text-slate-900">{offer.representation}</p>
          </div>
          {offer.representationReply === null ? (
            <p className="text-slate-700">{t("outcome.awaitingReply")}</p>
          ) : (
            <div>
              <h3 className="font-bold text-navy-900">{t("outcome.reply")}</h3>
              <p className="mt-1 font-semibold text-slate-900">{offer.isRepresentationUpheld ? t("outcome.upheld") : t("outcome.notUpheld")}</p>
              <p className="mt-1 break-words whitespace-pre-line text-slate-900">{offer.representationReply}</p>
            </div>
          )}
        </div>
      ) : null}
      {canRepresent ? (
        <div className="mt-6 border-t border-navy-100 pt-4">
          <p className="mb-4 font-semibold text-slate-900">{t("outcome.windowOpen", { date: ist(windowEnd) })}</p>
          {canAct ? (
            <>
              <h3 className="mb-3 text-lg font-bold text-navy-900">{t("represent.title")}</h3>
              <RepresentationForm offerId={offer.id} action={action} />
            </>
          ) : (
            <p className="text-slate-700">{t("offer.staffOnly")}</p>
          )}
        </div>
      ) : null}
      {offer.representedAt === null && windowEnd !== null && now > windowEnd ? <p className="mt-4 text-slate-700">{t("outcome.windowClosed", { date: ist(windowEnd) })}</p> : null}
    </Card>
  );
}
