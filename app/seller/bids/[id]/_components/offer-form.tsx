"use client";

import { useTranslations } from "next-intl";
import { Fieldset, TextInput } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { CLASS_I_LOCAL_CONTENT_BPS } from "@/lib/bids/bid-rules";
import { OfferSchema } from "@/lib/bids/bid-schemas";
import { OfferItems, type OfferItem } from "./offer-items";

// A declaration's hint (what the bid asks of this seller) and whether the seller may leave it out.
export type DeclarationHint = { hint: string; isOptional: boolean };
export type OfferHints = { turnover: DeclarationHint; experience: DeclarationHint; emd: DeclarationHint | null };

type OfferFormProps = {
  bidId: number;
  items: OfferItem[];
  hints: OfferHints;
  initialValues: Record<string, string | string[]>;
  isRevision: boolean;
  action: FormAction;
};

// The technical and financial offer in one form (OfferSchema): the declarations checked
// against the bid's criteria, compliance with each specification, and each item's price.
export function OfferForm({ bidId, items, hints, initialValues, isRevision, action }: OfferFormProps) {
  const t = useTranslations("sellerBids.offer");
  return (
    <ZodForm schema={OfferSchema} action={action} submitLabel={isRevision ? t("revise") : t("submit")} initialValues={initialValues}>
      <input type="hidden" name="bidId" value={bidId} />
      <Fieldset legend={t("declarations")}>
        <TextInput
          name="declaredTurnover"
          label={t("declaredTurnover")}
          hint={hints.turnover.hint}
          optional={hints.turnover.isOptional}
          inputMode="decimal"
          autoComplete="off"
          className="sm:max-w-60"
        />
        <TextInput
          name="declaredExperienceYears"
          label={t("declaredExperienceYears")}
          hint={hints.experience.hint}
          optional={hints.experience.isOptional}
          inputMode="numeric"
          autoComplete="off"
          className="sm:max-w-40"
        />
        {hints.emd ? <TextInput name="emdReference" label={t("emdReference")} hint={hints.emd.hint} optional={hints.emd.isOptional} autoComplete="off" /> : null}
        <TextInput
          name="localContentPercent"
          label={t("localContentPercent")}
          hint={t("localContentHint", { percent: CLASS_I_LOCAL_CONTENT_BPS / 100 })}
          inputMode="numeric"
          autoComplete="off"
          className="sm:max-w-40"
        />
      </Fieldset>
      <OfferItems items={items} />
    </ZodForm>
  );
}
