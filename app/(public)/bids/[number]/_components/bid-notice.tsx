import { getTranslations } from "next-intl/server";
import type { PublicBid } from "@/lib/bids/public-bids";

type NoticeProps = { bid: PublicBid["bid"]; dateTime: (date: Date) => string };

// What the public may know of the offers at this moment: sealed until the opening, in
// evaluation until the award, or nothing at all once the bid is cancelled.
export async function BidNotice({ bid, dateTime }: NoticeProps) {
  const t = await getTranslations("publicBids.detail");
  if (bid.status === "AWARDED") return null;
  if (bid.status === "CANCELLED") {
    return (
      <div role="note" className="rounded-md border-l-4 border-slate-500 bg-slate-100 p-4 text-slate-900">
        <p className="font-semibold">{t("cancelled")}</p>
        {bid.cancelReason ? <p className="mt-1">{t("cancelReason", { reason: bid.cancelReason })}</p> : null}
      </div>
    );
  }
  const opening = bid.openingAt ? dateTime(bid.openingAt) : "";
  return (
    <p role="note" className="rounded-md border-l-4 border-navy-700 bg-navy-50 p-4 font-semibold text-navy-900">
      {bid.status === "PUBLISHED" ? t("sealed", { opening }) : t("evaluating", { opening })}
    </p>
  );
}
