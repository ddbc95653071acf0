"use client";

import { useTranslations } from "next-intl";
import { SelectInput, TextArea, TextInput } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { CheckoutSchema } from "@/lib/orders/checkout-schema";

type Person = { id: number; name: string; designation: string | null };

type CheckoutFormProps = {
  idempotencyKey: string;
  consignees: Person[];
  payingAuthorities: Person[];
  // An L1 order is in the cart: the buyer may have to say why it is not the lowest offer.
  needsL1Reason: boolean;
  action: FormAction;
};

export function CheckoutForm({ idempotencyKey, consignees, payingAuthorities, needsL1Reason, action }: CheckoutFormProps) {
  const t = useTranslations("checkout");
  const options = (people: Person[]) => people.map((person) => ({ value: String(person.id), label: person.designation ? `${person.name}, ${person.designation}` : person.name }));
  return (
    <ZodForm schema={CheckoutSchema} action={action} submitLabel={t("submit")} pendingLabel={t("submitting")}>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <SelectInput name="consigneeUserId" label={t("consignee")} hint={t("consigneeHint")} options={options(consignees)} placeholder={t("choose")} />
      <SelectInput name="payingAuthorityUserId" label={t("payingAuthority")} hint={t("payingAuthorityHint")} options={options(payingAuthorities)} placeholder={t("choose")} />
      <TextArea name="deliveryAddress" label={t("deliveryAddress")} rows={3} />
      <TextInput name="budgetHead" label={t("budgetHead")} hint={t("budgetHeadHint")} />
      <TextInput name="sanctionReference" label={t("sanctionReference")} optional />
      {needsL1Reason ? <TextArea name="l1DeviationReason" label={t("l1Reason")} hint={t("l1ReasonHint")} rows={3} /> : null}
    </ZodForm>
  );
}
