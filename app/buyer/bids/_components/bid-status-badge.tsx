import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { BidStatus } from "@/lib/db/generated/enums";

// Colour follows what the status asks of the buyer: a step to take, waiting, done or undone.
const TONES: Record<BidStatus, BadgeTone> = {
  DRAFT: "neutral",
  PUBLISHED: "info",
  TECHNICAL_EVALUATION: "warning",
  FINANCIAL_EVALUATION: "warning",
  REVERSE_AUCTION: "info",
  AWARDED: "success",
  CANCELLED: "neutral",
};

export async function BidStatusBadge({ status }: { status: BidStatus }) {
  const t = await getTranslations("bids.status");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
