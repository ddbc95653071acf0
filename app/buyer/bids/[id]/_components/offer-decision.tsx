import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { istDateTime } from "@/components/bids/ist-date-time";
import type { FormAction } from "@/components/forms/zod-form";
import { DAY_MS, REPRESENTATION_DAYS } from "@/lib/bids/bid-rules";
import type { OfferRow } from "@/lib/bids/sealed-offers";
import { QualifyForm, RejectForm, RepresentationReplyForm } from "./evaluation-forms";

function ChangeDecision({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="rounded-md border border-navy-100 p-3">
      <summary className="cursor-pointer font-semibold text-navy-800">{label}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

// The buyer's decision on a technical offer: qualify or reject a new one; a rejection's
// reason, the seller's representation and the buyer's answer to it; a decision can change
// while the evaluation lasts.
export async function OfferDecision({ offer, now, actions }: { offer: OfferRow; now: Date; actions: { evaluate: FormAction; reply: FormAction } }) {
  const [t, reasons, locale] = await Promise.all([getTranslations("buyerBids.evaluate"), getTranslations("bids.rejectionReasons"), getLocale()]);
  const date = (value: Date | null) => istDateTime(locale, value);
  if (offer.status === "WITHDRAWN") return <p className="text-slate-700">{t("withdrawn", { date: date(offer.withdrawnAt) })}</p>;
  if (offer.status === "SUBMITTED") {
    return (
      <div className="grid gap-6 lg:grid-cols-2">
        <QualifyForm offerId={offer.id} action={actions.evaluate} />
        <RejectForm offerId={offer.id} action={actions.evaluate} />
      </div>
    );
  }
  if (offer.status === "QUALIFIED") {
    return (
      <>
        <p className="font-semibold text-green-700">{t("qualified", { date: date(offer.evaluatedAt) })}</p>
        <ChangeDecision label={t("changeToReject")}>
          <RejectForm offerId={offer.id} action={actions.evaluate} />
        </ChangeDecision>
      </>
    );
  }
  const windowEnds = offer.evaluatedAt ? new Date(offer.evaluatedAt.getTime() + REPRESENTATION_DAYS * DAY_MS) : null;
  const awaitsReply = offer.representedAt !== null && offer.repliedAt === null;
  return (
    <div className="space-y-3 rounded-md border-l-4 border-red-700 bg-red-50 p-4">
      <p className="font-semibold text-red-900">{t("rejected", { reason: offer.rejectionReasonCode ? reasons(offer.rejectionReasonCode) : "" })}</p>
      {offer.rejectionNote ? <p className="whitespace-pre-line text-slate-900">{offer.rejectionNote}</p> : null}
      {offer.representation ? (
        <div className="border-l-4 border-navy-200 bg-white p-3">
          <p className="text-sm text-slate-700">{t("representation", { date: date(offer.representedAt) })}</p>
          <p className="whitespace-pre-line text-slate-900">{offer.representation}</p>
        </div>
      ) : (
        <p className="text-slate-800">{t(windowEnds && windowEnds > now ? "windowOpen" : "windowClosed", { date: date(windowEnds) })}</p>
      )}
      {offer.representationReply ? (
        <div className="border-l-4 border-navy-200 bg-white p-3">
          <p className="text-sm text-slate-700">{t(offer.isRepresentationUpheld ? "repliedUpheld" : "repliedNotUpheld", { date: date(offer.repliedAt) })}</p>
          <p className="whitespace-pre-line text-slate-900">{offer.representationReply}</p>
        </div>
      ) : null}
      {awaitsReply ? (
        <div className="bg-white p-3">
          <RepresentationReplyForm offerId={offer.id} action={actions.reply} />
        </div>
      ) : (
        <ChangeDecision label={t("changeToQualify")}>
          <QualifyForm offerId={offer.id} action={actions.evaluate} />
        </ChangeDecision>
      )}
    </div>
  );
}
