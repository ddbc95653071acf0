import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ListingStatus } from "@/lib/db/generated/enums";

const TONES: Record<ListingStatus, BadgeTone> = { DRAFT: "neutral", PENDING_APPROVAL: "warning", APPROVED: "success", REJECTED: "danger", PAUSED: "neutral" };

export async function ListingStatusBadge({ status, count }: { status: ListingStatus; count?: number }) {
  const t = await getTranslations("listingStatus");
  return <Badge tone={TONES[status]}>{count === undefined ? t(status) : `${t(status)}: ${count.toLocaleString("en-IN")}`}</Badge>;
}
