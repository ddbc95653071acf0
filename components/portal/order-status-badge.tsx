import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { OrderStatus } from "@/lib/db/generated/enums";

// Colour follows what the status asks of people: finished well, needs attention, or undone.
const TONES: Record<OrderStatus, BadgeTone> = {
  PLACED: "info",
  ACCEPTED: "info",
  DISPATCHED: "info",
  DELIVERED: "info",
  RECEIVED: "info",
  GOODS_ACCEPTED: "success",
  INVOICED: "warning",
  PAID: "success",
  REJECTED: "danger",
  GOODS_REJECTED: "danger",
  CANCELLED: "neutral",
  AUTO_CANCELLED: "neutral",
};

export async function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = await getTranslations("orderStatus");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
