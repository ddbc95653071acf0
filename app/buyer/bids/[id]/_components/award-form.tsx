"use client";

import { useTranslations } from "next-intl";
import { SelectInput, TextInput, type SelectOption } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { AwardSchema } from "@/lib/bids/bid-schemas";

type AwardFormProps = { bidId: number; idempotencyKey: string; payingAuthorities: SelectOption[]; action: FormAction };

export function AwardForm({ bidId, idempotencyKey, payingAuthorities, action }: AwardFormProps) {
  const t = useTranslations("buyerBids.award");
  return (
    <ZodForm schema={AwardSchema} action={action} submitLabel={t("submit")} pendingLabel={t("submitting")} idPrefix="award-">
      <input type="hidden" name="bidId" value={bidId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <SelectInput name="payingAuthorityUserId" label={t("payingAuthority")} hint={t("payingAuthorityHint")} options={payingAuthorities} placeholder={t("choose")} />
      <TextInput name="budgetHead" label={t("budgetHead")} hint={t("budgetHeadHint")} />
    </ZodForm>
  );
}
