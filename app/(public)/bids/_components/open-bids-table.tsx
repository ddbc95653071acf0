import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { istDateTime } from "@/components/bids/ist-date-time";
import { CardTable } from "@/components/portal/card-table";
import { localName } from "@/components/portal/local-name";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { listOpenBids } from "@/lib/bids/bid-views";
import { publicBidPath } from "@/lib/bids/public-bids";
import { formatRupees } from "@/lib/money/format";

type OpenBid = Awaited<ReturnType<typeof listOpenBids>>[number];

// The bids taking offers: what is bought, by whom, for about how much, and until when.
export async function OpenBidsTable({ bids }: { bids: OpenBid[] }) {
  const [t, tb, locale] = await Promise.all([getTranslations("publicBids"), getTranslations("bids"), getLocale()]);
  if (bids.length === 0) return <EmptyState>{t("list.noneOpen")}</EmptyState>;
  const due = (bid: OpenBid) => (bid.submissionDeadline ? istDateTime(locale, bid.submissionDeadline) : "");
  const number = (bid: OpenBid) => (
    <Link href={publicBidPath(bid.number)} className="font-semibold break-all text-navy-800 underline tabular-nums">
      {bid.number}
    </Link>
  );
  const what = (bid: OpenBid) => (
    <>
      <span className="block font-semibold text-slate-900">{bid.title}</span>
      {bid.category ? <span className="block text-sm text-slate-700">{localName(locale, bid.category)}</span> : null}
    </>
  );
  const kind = (bid: OpenBid) => (
    <span className="flex flex-wrap gap-1">
      <Badge>{tb(`type.${bid.type}`)}</Badge>
      {bid.hasReverseAuction ? <Badge tone="info">{t("list.reverseAuction")}</Badge> : null}
      {bid.isDeadlineExtended ? <Badge tone="warning">{t("list.extended")}</Badge> : null}
    </span>
  );
  return (
    <CardTable
      caption={t("list.openCaption")}
      rows={bids}
      rowKey={(bid) => bid.id}
      card={(bid) => (
        <>
          {number(bid)}
          <div className="mt-1">{what(bid)}</div>
          <p className="mt-1 text-slate-800">{bid.buyerOrganisation.name}</p>
          <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
            <span>{t("list.dueOn", { date: due(bid) })}</span>
            <span className="font-semibold text-slate-900 tabular-nums">{formatRupees(bid.estimatedValuePaise)}</span>
          </div>
          <div className="mt-2">{kind(bid)}</div>
        </>
      )}
      columns={[
        { header: t("list.number"), className: "whitespace-nowrap", cell: number },
        { header: t("list.bidTitle"), cell: what },
        { header: t("list.buyer"), cell: (bid) => bid.buyerOrganisation.name },
        { header: t("list.kind"), cell: kind },
        { header: t("list.offersDue"), className: "whitespace-nowrap", cell: due },
        { header: t("list.estimatedValue"), className: "text-right whitespace-nowrap tabular-nums", cell: (bid) => formatRupees(bid.estimatedValuePaise) },
      ]}
    />
  );
}
