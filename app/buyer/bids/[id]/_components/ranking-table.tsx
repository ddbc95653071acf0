import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { CLASS_I_LOCAL_CONTENT_BPS } from "@/lib/bids/bid-rules";
import type { OfferRow } from "@/lib/bids/sealed-offers";
import { formatRupees } from "@/lib/money/format";
import { isMseClass } from "@/lib/reporting/definitions";
import { sellerName } from "./seller-name";

// The qualified offers from L1 up, on their totals with GST (after a reverse auction, its
// final prices).
export async function RankingTable({ offers, afterAuction }: { offers: OfferRow[]; afterAuction: boolean }) {
  const [t, tr] = await Promise.all([getTranslations("buyerBids.ranking"), getTranslations()]);
  const ranked = offers.filter((offer) => offer.status === "QUALIFIED").sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return (
    <section aria-labelledby="bid-ranking" className="space-y-3">
      <h2 id="bid-ranking" className="text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <p className="text-slate-700">{afterAuction ? t("afterAuction") : t("intro")}</p>
      <DataTable
        caption={t("caption")}
        named={false}
        rows={ranked}
        rowKey={(offer) => offer.id}
        highlight={(offer) => offer.rank === 1}
        columns={[
          { header: t("rank"), cell: (offer) => (offer.rank ? `L${offer.rank}` : "—") },
          { header: t("seller"), cell: (offer) => sellerName(offer.seller) },
          { header: t("mse"), cell: (offer) => (offer.mseClass && isMseClass(offer.mseClass) ? tr(`mseClass.${offer.mseClass}`) : t("no")) },
          { header: t("classI"), cell: (offer) => ((offer.localContentBps ?? 0) >= CLASS_I_LOCAL_CONTENT_BPS ? t("yes") : t("no")) },
          { header: t("total"), numeric: true, cell: (offer) => formatRupees(offer.finalTotalPaise ?? offer.totalPaise ?? 0n, { withPaise: true }) },
        ]}
      />
    </section>
  );
}
