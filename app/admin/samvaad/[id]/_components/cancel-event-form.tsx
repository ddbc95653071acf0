"use client";

import { useTranslations } from "next-intl";
import { TextArea } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { CancelEventSchema } from "@/lib/outreach/outreach-schemas";

export function CancelEventForm({ action, eventId }: { action: FormAction; eventId: number }) {
  const t = useTranslations("outreach.admin");
  return (
    <ZodForm schema={CancelEventSchema} action={action} submitLabel={t("cancelSubmit")} submitClassName="bg-red-800 hover:bg-red-900" idPrefix="cancel-">
      <input type="hidden" name="eventId" value={eventId} />
      <TextArea name="reason" label={t("cancelReason")} rows={3} />
    </ZodForm>
  );
}
