import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { BidStatus } from "@/lib/db/generated/enums";

// Open for offers, in evaluation, decided, or undone.
const TONES: Record<BidStatus, BadgeTone> = {
  DRAFT: "neutral",
  PUBLISHED: "info",
  TECHNICAL_EVALUATION: "warning",
  FINANCIAL_EVALUATION: "warning",
  REVERSE_AUCTION: "warning",
  AWARDED: "success",
  CANCELLED: "neutral",
};

export async function BidStatusBadge({ status }: { status: BidStatus }) {
  const t = await getTranslations("bids.status");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
