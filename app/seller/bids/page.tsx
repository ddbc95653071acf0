import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse } from "@/app/_lib/or-refuse";
import { BidStatusBadge, OfferStatusBadge } from "@/components/bids/bid-status-badge";
import { getIstFormatter } from "@/components/bids/ist-date-time";
import { CardTable } from "@/components/portal/card-table";
import { localName } from "@/components/portal/local-name";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { nowOf } from "@/lib/auth/context";
import { requirePortal } from "@/lib/auth/require";
import { listOpenBids, listSellerBids } from "@/lib/bids/bid-views";
import { getDatabase } from "@/lib/db/client";
import { formatRupees } from "@/lib/money/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sellerBids");
  return { title: t("title") };
}

type OpenBid = Awaited<ReturnType<typeof listOpenBids>>[number];
type MyOffer = Awaited<ReturnType<typeof listSellerBids>>[number];

const bidLink = (bid: { id: number; number: string }) => (
  <Link href={`/seller/bids/${bid.id}`} className="font-semibold whitespace-nowrap text-navy-800 underline tabular-nums">
    {bid.number}
  </Link>
);

export default async function SellerBidsPage() {
  const actor = await requirePortal("seller", "/seller/bids");
  if (actor.sellerId === null) forbidden();
  const [t, locale, ist, ctx] = await Promise.all([getTranslations("sellerBids"), getLocale(), getIstFormatter(), actionContext()]);
  const { db } = getDatabase();
  const [open, mine] = await Promise.all([listOpenBids(db, nowOf(ctx)), orRefuse(listSellerBids(db, ctx))]);
  const category = (bid: OpenBid) => (bid.category ? localName(locale, bid.category) : t("noCategory"));
  const deadline = (bid: OpenBid) =>
    bid.submissionDeadline ? (
      <span className="whitespace-nowrap">
        {ist(bid.submissionDeadline)} {bid.isDeadlineExtended ? <Badge tone="warning">{t("extended")}</Badge> : null}
      </span>
    ) : null;
  const rank = (offer: MyOffer) => (offer.rank === null ? "" : t("rank", { rank: offer.rank }));
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      <section aria-labelledby="open-title" className="space-y-3">
        <h2 id="open-title" className="text-xl font-bold text-navy-900">
          {t("open.title")}
        </h2>
        {open.length === 0 ? (
          <EmptyState>{t("open.none")}</EmptyState>
        ) : (
          <CardTable
            caption={t("open.caption")}
            rows={open}
            rowKey={(bid) => bid.id}
            card={(bid) => (
              <>
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                  {bidLink(bid)}
                  <span className="font-semibold tabular-nums">{formatRupees(bid.estimatedValuePaise)}</span>
                </div>
                <p className="mt-1 font-semibold text-slate-900">{bid.title}</p>
                <p className="text-slate-700">
                  {bid.buyerOrganisation.name} · {category(bid)}
                </p>
                <p className="mt-2 text-sm text-slate-700">
                  {t("columns.deadline")}: {deadline(bid)}
                </p>
              </>
            )}
            columns={[
              { header: t("columns.number"), cell: bidLink },
              { header: t("columns.title"), cell: (bid) => bid.title },
              { header: t("columns.buyer"), cell: (bid) => bid.buyerOrganisation.name },
              { header: t("columns.category"), cell: category },
              { header: t("columns.estimatedValue"), className: "text-right whitespace-nowrap tabular-nums", cell: (bid) => formatRupees(bid.estimatedValuePaise) },
              { header: t("columns.deadline"), cell: deadline },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="mine-title" className="space-y-3">
        <h2 id="mine-title" className="text-xl font-bold text-navy-900">
          {t("mine.title")}
        </h2>
        {mine.length === 0 ? (
          <EmptyState>{t("mine.none")}</EmptyState>
        ) : (
          <CardTable
            caption={t("mine.caption")}
            rows={mine}
            rowKey={(offer) => offer.id}
            tableFrom="md"
            card={(offer) => (
              <>
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                  {bidLink(offer.bid)}
                  <span className="font-semibold">{rank(offer)}</span>
                </div>
                <p className="mt-1 text-slate-900">{offer.bid.title}</p>
                <dl className="mt-2 grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1 text-sm text-slate-700">
                  <dt>{t("columns.bidStatus")}</dt>
                  <dd>
                    <BidStatusBadge status={offer.bid.status} />
                  </dd>
                  <dt>{t("columns.offerStatus")}</dt>
                  <dd>
                    <OfferStatusBadge status={offer.status} />
                  </dd>
                </dl>
              </>
            )}
            columns={[
              {
                header: t("columns.bid"),
                cell: (offer) => (
                  <>
                    {bidLink(offer.bid)}
                    <span className="block text-slate-800">{offer.bid.title}</span>
                  </>
                ),
              },
              { header: t("columns.bidStatus"), cell: (offer) => <BidStatusBadge status={offer.bid.status} /> },
              { header: t("columns.offerStatus"), cell: (offer) => <OfferStatusBadge status={offer.status} /> },
              { header: t("columns.rank"), className: "whitespace-nowrap", cell: rank },
            ]}
          />
        )}
      </section>
    </>
  );
}
