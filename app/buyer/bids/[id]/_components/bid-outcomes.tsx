import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { istDateTime } from "@/components/bids/ist-date-time";
import { Card } from "@/components/ui/card";
import type { BidDetails } from "@/lib/bids/bid-views";
import { formatRupees } from "@/lib/money/format";
import { sellerName } from "./seller-name";

// While the bid is open nothing of the offers shows, not even how many there are.
export async function SealedNotice({ openingAt }: { openingAt: Date | null }) {
  const [t, locale] = await Promise.all([getTranslations("buyerBids.sealed"), getLocale()]);
  return (
    <Card aria-labelledby="bid-offers">
      <h2 id="bid-offers" className="text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <p className="mt-2 font-semibold text-slate-900">{t("until", { opening: istDateTime(locale, openingAt) })}</p>
      <p className="mt-1 text-slate-700">{t("text")}</p>
    </Card>
  );
}

type AwardedOrder = { id: number; number: string; totalPaise: bigint; seller: { legalName: string; tradeName: string | null } };

export async function AwardedOrders({ bid, orders }: { bid: BidDetails; orders: AwardedOrder[] }) {
  const [t, locale] = await Promise.all([getTranslations("buyerBids.awarded"), getLocale()]);
  return (
    <Card aria-labelledby="bid-awarded">
      <h2 id="bid-awarded" className="text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-slate-700">{t("text", { date: istDateTime(locale, bid.awardedAt) })}</p>
      <ul className="mt-3 divide-y divide-navy-100">
        {orders.map((order) => (
          <li key={order.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            <span>
              <Link href={`/buyer/orders/${order.id}`} className="font-semibold text-navy-800 underline tabular-nums">
                {order.number}
              </Link>{" "}
              · {sellerName(order.seller)}
            </span>
            <span className="font-semibold tabular-nums">{formatRupees(order.totalPaise, { withPaise: true })}</span>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <Link href={`/bids/${bid.number}`} className="font-semibold text-navy-800 underline">
          {t("public")}
        </Link>
      </p>
    </Card>
  );
}

export async function CancelledNotice({ reason }: { reason: string | null }) {
  const t = await getTranslations("buyerBids.cancelled");
  return (
    <Card aria-labelledby="bid-cancelled">
      <h2 id="bid-cancelled" className="text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <p className="mt-2 whitespace-pre-line text-slate-800">{reason ?? t("noReason")}</p>
    </Card>
  );
}
