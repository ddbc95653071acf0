"use client";

import { useTranslations } from "next-intl";
import { SelectInput, TextArea } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { AnswerIncidentSchema, CloseIncidentSchema, INCIDENT_TYPES, RaiseIncidentSchema } from "@/lib/orders/incident-schemas";

export function RaiseIncidentForm({ orderId, action }: { orderId: number; action: FormAction }) {
  const t = useTranslations("incidents.raise");
  const types = useTranslations("incidentTypes");
  return (
    <ZodForm schema={RaiseIncidentSchema} action={action} submitLabel={t("submit")} idPrefix="incident-">
      <input type="hidden" name="orderId" value={orderId} />
      <SelectInput name="type" label={t("type")} options={INCIDENT_TYPES.map((type) => ({ value: type, label: types(type) }))} />
      <TextArea name="description" label={t("description")} rows={3} />
    </ZodForm>
  );
}

export function AnswerIncidentForm({ incidentId, action }: { incidentId: number; action: FormAction }) {
  const t = useTranslations("incidents.answer");
  return (
    <ZodForm schema={AnswerIncidentSchema} action={action} submitLabel={t("submit")} idPrefix={`incident-${incidentId}-`}>
      <input type="hidden" name="incidentId" value={incidentId} />
      <TextArea name="answer" label={t("label")} rows={2} />
    </ZodForm>
  );
}

// The raiser's side closes its incident as resolved; an admin settles or dismisses it.
export function CloseIncidentForm({ incidentId, action, asAdmin = false }: { incidentId: number; action: FormAction; asAdmin?: boolean }) {
  const t = useTranslations("incidents.close");
  const status = useTranslations("incidentStatus");
  return (
    <ZodForm schema={CloseIncidentSchema} action={action} submitLabel={t("submit")} idPrefix={`incident-${incidentId}-`}>
      <input type="hidden" name="incidentId" value={incidentId} />
      {asAdmin ? (
        <SelectInput name="outcome" label={t("outcome")} options={(["RESOLVED", "DISMISSED"] as const).map((outcome) => ({ value: outcome, label: status(outcome) }))} />
      ) : (
        <input type="hidden" name="outcome" value="RESOLVED" />
      )}
      <TextArea name="resolution" label={t("resolution")} optional={!asAdmin} rows={2} />
    </ZodForm>
  );
}
