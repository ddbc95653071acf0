import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { FeedbackStatusName } from "@/lib/feedback/feedback-schemas";

const TONES: Record<FeedbackStatusName, BadgeTone> = { NEW: "neutral", ACKNOWLEDGED: "info", PLANNED: "warning", DONE: "success", WONT_DO: "neutral" };

export async function FeedbackStatusBadge({ status }: { status: FeedbackStatusName }) {
  const t = await getTranslations("feedback.status");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
