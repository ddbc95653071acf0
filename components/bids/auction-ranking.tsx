"use client";

import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { auctionRupees } from "./auction-format";
import type { ShownOffer } from "./use-auction-stream";

// The buyer's view of the running auction: every offer taking part, best first. Unlike
// DataTable it has no minimum width: on a phone the seller's name wraps so that the total
// stays in view.
export function AuctionRanking({ offers }: { offers: ShownOffer[] }) {
  const t = useTranslations("auction.ranking");
  if (offers.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
  return (
    <div className="overflow-x-auto rounded-lg border border-navy-100 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-navy-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">{t("rank")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("seller")}</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">{t("total")}</th>
          </tr>
        </thead>
        <tbody>
          {offers.map((offer) => (
            <tr key={offer.offerId} className={`border-t border-navy-100 ${offer.rank === 1 ? "bg-amber-50 font-semibold" : ""}`}>
              <td className="px-3 py-2">{t("rankValue", { rank: offer.rank })}</td>
              <th scope="row" className="px-3 py-2 font-medium break-words">{offer.sellerName ?? t("unnamed", { id: offer.offerId })}</th>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{auctionRupees(offer.totalPaise)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
