"use client";

import { useTranslations } from "next-intl";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { Fieldset, TextArea, TextInput } from "@/components/forms/fields";
import { PlaceFields } from "@/components/forms/place-fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import type { PlaceTree } from "@/lib/geography/places";
import { OUTREACH_AUDIENCES, OUTREACH_MODES, OutreachEventSchema } from "@/lib/outreach/outreach-schemas";

type EventFormProps = { action: FormAction; places: PlaceTree; formKey: string; initialValues: Record<string, string | string[]> };

export function EventForm({ action, places, formKey, initialValues }: EventFormProps) {
  const t = useTranslations("outreach");
  return (
    <ZodForm schema={OutreachEventSchema} action={action} submitLabel={t("admin.submit")} initialValues={initialValues}>
      <input type="hidden" name="formKey" value={formKey} />
      <Fieldset legend={t("admin.aboutLegend")}>
        <TextInput name="title" label={t("admin.fields.title")} />
        <TextArea name="description" label={t("admin.fields.description")} hint={t("admin.fields.descriptionHint")} rows={5} />
        <ChoiceGroup name="audiences" type="checkbox" legend={t("admin.fields.audiences")} options={OUTREACH_AUDIENCES.map((audience) => ({ value: audience, label: t(`audiences.${audience}`) }))} />
      </Fieldset>
      <Fieldset legend={t("event.where")}>
        <ChoiceGroup name="mode" legend={t("admin.fields.mode")} options={OUTREACH_MODES.map((mode) => ({ value: mode, label: t(`modes.${mode}`) }))} />
        <PlaceFields places={places} withBlock={false} />
        <TextInput name="venue" label={t("admin.fields.venue")} hint={t("admin.fields.venueHint")} />
        <TextInput name="onlineUrl" type="url" label={t("admin.fields.onlineUrl")} hint={t("admin.fields.onlineUrlHint")} />
      </Fieldset>
      <Fieldset legend={t("event.when")} hint={t("admin.fields.timeHint")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextInput name="date" type="date" label={t("admin.fields.date")} />
          <TextInput name="startTime" type="time" label={t("admin.fields.startTime")} />
          <TextInput name="endTime" type="time" label={t("admin.fields.endTime")} />
        </div>
        <TextInput name="capacity" type="number" min={10} inputMode="numeric" label={t("admin.fields.capacity")} hint={t("admin.fields.capacityHint")} optional />
      </Fieldset>
    </ZodForm>
  );
}
