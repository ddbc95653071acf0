import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/components/forms/zod-form";
import { FormCard } from "@/components/portal/form-card";
import { Card } from "@/components/ui/card";
import type { BidDetails } from "@/lib/bids/bid-views";
import type { OfferRow } from "@/lib/bids/sealed-offers";
import { OfferCard } from "./offer-card";
import { BidStepForm } from "./step-forms";

type Pending = { unevaluated: number; unanswered: number; windowsOpen: number };
type Actions = { evaluate: FormAction; reply: FormAction; openFinancial: FormAction };

// After the opening: every offer to qualify or reject, then the prices to open once nothing
// is pending (the domain says what still is if the buyer tries too early).
export async function TechnicalEvaluation({ bid, offers, pending, now, actions }: { bid: BidDetails; offers: OfferRow[]; pending: Pending; now: Date; actions: Actions }) {
  const t = await getTranslations("buyerBids.technical");
  const waiting = [
    pending.unevaluated > 0 ? t("unevaluated", { count: pending.unevaluated }) : null,
    pending.unanswered > 0 ? t("unanswered", { count: pending.unanswered }) : null,
    pending.windowsOpen > 0 ? t("windowsOpen", { count: pending.windowsOpen }) : null,
  ].filter((line) => line !== null);
  return (
    <>
      <Card aria-labelledby="technical-evaluation">
        <h2 id="technical-evaluation" className="text-xl font-bold text-navy-900">
          {t("title")}
        </h2>
        <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
        <div className="mt-4 space-y-4">
          {offers.length === 0 ? <p className="text-slate-800">{t("none")}</p> : null}
          {offers.map((offer) => (
            <OfferCard key={offer.id} offer={offer} items={bid.items} now={now} actions={actions} />
          ))}
        </div>
      </Card>
      <FormCard id="open-financial" title={t("openTitle")} level={2}>
        <p className="mb-4 text-slate-700">{t("openText")}</p>
        {waiting.length > 0 ? (
          <ul className="mb-4 list-disc space-y-1 pl-5 text-slate-800">
            {waiting.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
        <BidStepForm bidId={bid.id} action={actions.openFinancial} submitLabel={t("openSubmit")} idPrefix="open-" />
      </FormCard>
    </>
  );
}
