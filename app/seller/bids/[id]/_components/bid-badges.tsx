import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { BidOfferStatus, BidStatus } from "@/lib/db/generated/enums";

// Colour follows what the status means to the seller: open, under way, won or rejected.
const BID_TONES: Record<BidStatus, BadgeTone> = {
  DRAFT: "neutral",
  PUBLISHED: "info",
  TECHNICAL_EVALUATION: "warning",
  FINANCIAL_EVALUATION: "warning",
  REVERSE_AUCTION: "warning",
  AWARDED: "success",
  CANCELLED: "neutral",
};

const OFFER_TONES: Record<BidOfferStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  WITHDRAWN: "neutral",
  QUALIFIED: "success",
  DISQUALIFIED: "danger",
};

export async function BidStatusBadge({ status }: { status: BidStatus }) {
  const t = await getTranslations("bids.status");
  return <Badge tone={BID_TONES[status]}>{t(status)}</Badge>;
}

export async function OfferStatusBadge({ status }: { status: BidOfferStatus }) {
  const t = await getTranslations("bids.offerStatus");
  return <Badge tone={OFFER_TONES[status]}>{t(status)}</Badge>;
}
