import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { VerificationStatus } from "@/lib/db/generated/enums";

const TONE: Record<VerificationStatus, BadgeTone> = { PENDING: "warning", VERIFIED: "success", REJECTED: "danger", SUSPENDED: "danger" };

export async function VerificationBadge({ status }: { status: VerificationStatus }) {
  const t = await getTranslations("sellerPortal.verification");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
