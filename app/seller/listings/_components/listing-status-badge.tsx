import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ListingStatus } from "@/lib/db/generated/enums";

const TONES = { APPROVED: "success", REJECTED: "danger", DRAFT: "neutral", PENDING_APPROVAL: "warning", PAUSED: "warning" } as const;

export async function ListingStatusBadge({ status }: { status: ListingStatus }) {
  const t = await getTranslations("listingStatus");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
