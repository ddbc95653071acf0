"use client";

import { useTranslations } from "next-intl";
import { Fieldset, SelectInput, TextArea, TextInput, type SelectOption } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { BID_TYPES, BidDraftSchema } from "@/lib/bids/bid-schemas";
import { BoqField } from "./boq-field";
import { BidTermsFields } from "./bid-terms-fields";
import { ItemRows } from "./item-rows";
import { ChoiceGroup } from "@/components/forms/choice-group";

type BidFormProps = {
  action: FormAction;
  idempotencyKey: string;
  initialValues: Record<string, string | string[]>;
  categories: SelectOption[];
  consignees: SelectOption[];
  itemRows: number;
};

// The new bid, saved as a draft. Parts that only one choice needs (a custom bid's
// justification, a BOQ bid's file, the reverse auction's terms) are shown by CSS from the
// checked radio (the group/bid :has() variants), so the form works the same without JavaScript.
export function BidForm({ action, idempotencyKey, initialValues, categories, consignees, itemRows }: BidFormProps) {
  const t = useTranslations("buyerBids.new");
  const bids = useTranslations("bids");
  return (
    <ZodForm schema={BidDraftSchema} action={action} submitLabel={t("save")} pendingLabel={t("saving")} initialValues={initialValues}>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="group/bid space-y-6">
        <Fieldset legend={t("basics")}>
          <ChoiceGroup name="type" legend={t("type")} options={BID_TYPES.map((type) => ({ value: type, label: bids(`type.${type}`), hint: bids(`typeHint.${type}`) }))} />
          <div className="hidden group-has-[[name=type][value=CUSTOM]:checked]/bid:block">
            <TextArea name="justification" label={t("justification")} hint={t("justificationHint")} rows={3} />
          </div>
          <TextInput name="title" label={t("title")} hint={t("titleHint")} />
          <SelectInput name="categoryId" label={t("category")} hint={t("categoryHint")} options={categories} placeholder={t("choose")} />
        </Fieldset>
        <div className="group-has-[[name=type][value=BOQ]:checked]/bid:hidden">
          <ItemRows rows={itemRows} />
        </div>
        <div className="hidden group-has-[[name=type][value=BOQ]:checked]/bid:block">
          <BoqField />
        </div>
        <Fieldset legend={t("delivery.legend")}>
          <SelectInput name="consigneeUserId" label={t("delivery.consignee")} hint={t("delivery.consigneeHint")} options={consignees} placeholder={t("choose")} />
          <TextArea name="deliveryAddress" label={t("delivery.address")} rows={3} />
          <TextInput name="deliveryDays" label={t("delivery.days")} hint={t("delivery.daysHint")} inputMode="numeric" className="sm:max-w-40" />
        </Fieldset>
        <BidTermsFields />
      </div>
    </ZodForm>
  );
}
