"use client";

import { useTranslations } from "next-intl";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { BidStepSchema } from "@/lib/bids/bid-schemas";

export function WithdrawForm({ bidId, action }: { bidId: number; action: FormAction }) {
  const t = useTranslations("sellerBids.withdraw");
  return (
    <ZodForm schema={BidStepSchema} action={action} submitLabel={t("submit")} idPrefix="withdraw-">
      <input type="hidden" name="bidId" value={bidId} />
      <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">{t("warning")}</p>
    </ZodForm>
  );
}
