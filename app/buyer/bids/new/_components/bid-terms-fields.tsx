"use client";

import { useTranslations } from "next-intl";
import { CheckboxInput, Fieldset, SelectInput, TextInput } from "@/components/forms/fields";
import { AUCTION_MINUTES } from "@/lib/bids/bid-rules";
import { ChoiceGroup } from "@/components/forms/choice-group";

const EVALUATION_METHODS = ["TOTAL_VALUE", "ITEM_WISE"] as const;
const AUCTION_RULES = ["LOWEST_HALF", "ELIMINATE_HIGHEST"] as const;

// Who may offer, how offers are judged and when: the bid's terms after its items.
export function BidTermsFields() {
  const t = useTranslations("buyerBids.new");
  const bids = useTranslations("bids");
  return (
    <>
      <Fieldset legend={t("eligibility.legend")} hint={t("eligibility.hint")}>
        <TextInput name="minTurnover" label={t("eligibility.minTurnover")} hint={t("eligibility.minTurnoverHint")} optional inputMode="decimal" />
        <TextInput name="minExperienceYears" label={t("eligibility.minExperience")} optional inputMode="numeric" className="sm:max-w-40" />
        <CheckboxInput name="isMseExemptFromCriteria" label={t("eligibility.mseExempt")} />
        <CheckboxInput name="isStartupExemptFromCriteria" label={t("eligibility.startupExempt")} />
        <TextInput name="emd" label={t("eligibility.emd")} hint={t("eligibility.emdHint")} optional inputMode="decimal" />
      </Fieldset>
      <Fieldset legend={t("evaluation.legend")}>
        <ChoiceGroup name="evaluationMethod" legend={t("evaluation.method")} options={EVALUATION_METHODS.map((method) => ({ value: method, label: bids(`evaluationMethod.${method}`) }))} />
        <ChoiceGroup
          name="hasReverseAuction"
          legend={t("evaluation.auction")}
          hint={t("evaluation.auctionHint")}
          options={[
            { value: "true", label: t("evaluation.yes") },
            { value: "false", label: t("evaluation.no") },
          ]}
        />
        <div className="hidden space-y-4 group-has-[[name=hasReverseAuction][value=true]:checked]/bid:block">
          <SelectInput name="reverseAuctionRule" label={t("evaluation.rule")} options={AUCTION_RULES.map((rule) => ({ value: rule, label: bids(`reverseAuctionRule.${rule}`) }))} placeholder={t("choose")} />
          <TextInput name="auctionMinutes" label={t("evaluation.minutes")} hint={t("evaluation.minutesHint", { min: AUCTION_MINUTES.min, max: AUCTION_MINUTES.max })} inputMode="numeric" className="sm:max-w-40" />
          <TextInput name="auctionDecrementPercent" label={t("evaluation.decrement")} hint={t("evaluation.decrementHint")} inputMode="decimal" className="sm:max-w-40" />
        </div>
      </Fieldset>
      <Fieldset legend={t("preferences.legend")}>
        <CheckboxInput name="hasMsePreference" label={t("preferences.mse")} hint={t("preferences.mseHint")} />
        <CheckboxInput name="hasMakeInIndiaPreference" label={t("preferences.makeInIndia")} hint={t("preferences.makeInIndiaHint")} />
        <TextInput name="minOffers" label={t("preferences.minOffers")} hint={t("preferences.minOffersHint")} inputMode="numeric" className="sm:max-w-40" />
      </Fieldset>
      <Fieldset legend={t("dates.legend")} hint={t("dates.hint")}>
        <TextInput name="clarificationDeadline" type="datetime-local" label={t("dates.clarification")} className="sm:max-w-64" />
        <TextInput name="submissionDeadline" type="datetime-local" label={t("dates.submission")} hint={t("dates.submissionHint")} className="sm:max-w-64" />
        <TextInput name="openingAt" type="datetime-local" label={t("dates.opening")} className="sm:max-w-64" />
      </Fieldset>
    </>
  );
}
