import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { VerificationStatus } from "@/lib/db/generated/enums";

const TONES: Record<VerificationStatus, BadgeTone> = { PENDING: "warning", VERIFIED: "success", REJECTED: "danger", SUSPENDED: "neutral" };

export async function VerificationBadge({ status }: { status: VerificationStatus }) {
  const t = await getTranslations("verificationStatus");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
