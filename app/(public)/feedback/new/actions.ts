"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { runFormAction } from "@/app/_lib/run-form-action";
import { istDateTime } from "@/components/bids/ist-date-time";
import { getDatabase } from "@/lib/db/client";
import { FeedbackRateLimitError } from "@/lib/feedback/anonymous-limits";
import { FeedbackSchema } from "@/lib/feedback/feedback-schemas";
import { sendFeedback } from "@/lib/feedback/send-feedback";
import type { FormState } from "@/lib/forms/form-state";
import { echoValues } from "@/lib/forms/read-form";
import { mediaStorage } from "@/lib/media/configured-storage";

// Signed in or not: anonymous senders go to their tracking page, others to the thank-you.
// Sent too often, the form says until when (IST).
export async function sendFeedbackAction(_: FormState, formData: FormData): Promise<FormState> {
  const file = formData.get("screenshot");
  const [locale, screenshot] = await Promise.all([getLocale(), file instanceof File && file.size > 0 ? file.arrayBuffer().then((bytes) => new Uint8Array(bytes)) : null]);
  const outcome = await runFormAction(formData, FeedbackSchema, (input, ctx) =>
    sendFeedback(getDatabase().db, ctx, { ...input, locale, screenshot }, mediaStorage()).catch((error: unknown) => {
      if (error instanceof FeedbackRateLimitError) return { retryAt: error.retryAt };
      throw error;
    }),
  );
  if (!outcome.ok) return outcome.state;
  const sent = outcome.result;
  if ("retryAt" in sent) return { status: "failed", message: "feedback.errors.rateLimitedUntil", params: { time: istDateTime(locale, sent.retryAt) }, values: echoValues(formData) };
  revalidatePath("/feedback", "layout");
  revalidatePath("/admin/feedback", "layout");
  const page = formData.get("page");
  redirect(sent.trackingToken ? `/feedback/t/${sent.trackingToken}?sent=1` : `/feedback/new?sent=1&page=${encodeURIComponent(typeof page === "string" ? page : "/")}`);
}
