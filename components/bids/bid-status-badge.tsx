import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { BidOfferStatus, BidStatus } from "@/lib/db/generated/enums";

// Open for offers, in evaluation, decided, or undone.
const BID_TONES: Record<BidStatus, BadgeTone> = {
  DRAFT: "neutral",
  PUBLISHED: "info",
  TECHNICAL_EVALUATION: "warning",
  FINANCIAL_EVALUATION: "warning",
  REVERSE_AUCTION: "warning",
  AWARDED: "success",
  CANCELLED: "neutral",
};

// To the buyer the colour says what the status asks of them: the evaluations are steps to
// take, the auction is a wait.
const BUYER_BID_TONES: Record<BidStatus, BadgeTone> = { ...BID_TONES, REVERSE_AUCTION: "info" };

const OFFER_TONES: Record<BidOfferStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  WITHDRAWN: "neutral",
  QUALIFIED: "success",
  DISQUALIFIED: "danger",
};

export async function BidStatusBadge({ status, forBuyer = false }: { status: BidStatus; forBuyer?: boolean }) {
  const t = await getTranslations("bids.status");
  return <Badge tone={(forBuyer ? BUYER_BID_TONES : BID_TONES)[status]}>{t(status)}</Badge>;
}

export async function OfferStatusBadge({ status }: { status: BidOfferStatus }) {
  const t = await getTranslations("bids.offerStatus");
  return <Badge tone={OFFER_TONES[status]}>{t(status)}</Badge>;
}
