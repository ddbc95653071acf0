"use client";

import { useTranslations } from "next-intl";
import { SelectInput, TextArea } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { RejectOrganisationSchema, VerifyOrganisationSchema } from "@/lib/admin/organisation-decision-schema";
import { ORGANISATION_REJECTION_REASONS } from "@/lib/admin/rejection-reasons";

type Props = { organisationId: number; verifyAction: FormAction; rejectAction: FormAction };

// Verify, or reject with a reason: two separate forms, so a rejection's fields never block a verification.
export function DecisionForms({ organisationId, verifyAction, rejectAction }: Props) {
  const t = useTranslations("organisationReview.decision");
  const tReason = useTranslations("rejectionReason");
  return (
    <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
      <section aria-labelledby="verify-heading" className="rounded-lg border border-green-700/30 bg-green-50 p-5">
        <h3 id="verify-heading" className="text-lg font-bold text-navy-900">
          {t("verifyTitle")}
        </h3>
        <p className="mt-1 mb-4 text-slate-800">{t("verifyText")}</p>
        <ZodForm schema={VerifyOrganisationSchema} action={verifyAction} submitLabel={t("verify")}>
          <input type="hidden" name="organisationId" value={organisationId} />
        </ZodForm>
      </section>
      <section aria-labelledby="reject-heading" className="rounded-lg border border-red-200 bg-white p-5">
        <h3 id="reject-heading" className="text-lg font-bold text-navy-900">
          {t("rejectTitle")}
        </h3>
        <p className="mt-1 mb-4 text-slate-800">{t("rejectText")}</p>
        <ZodForm schema={RejectOrganisationSchema} action={rejectAction} submitLabel={t("reject")}>
          <input type="hidden" name="organisationId" value={organisationId} />
          <SelectInput
            name="reasonCode"
            label={t("reason")}
            placeholder={t("chooseReason")}
            options={ORGANISATION_REJECTION_REASONS.map((code) => ({ value: code, label: tReason(code) }))}
          />
          <TextArea name="note" label={t("note")} hint={t("noteHint")} maxLength={1000} />
        </ZodForm>
      </section>
    </div>
  );
}
