import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse } from "@/app/_lib/or-refuse";
import { BidStatusBadge } from "@/components/bids/bid-status-badge";
import { istDateTime } from "@/components/bids/ist-date-time";
import { CardTable } from "@/components/portal/card-table";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { hasRole } from "@/lib/auth/actor";
import { requirePortal } from "@/lib/auth/require";
import { listBuyerBids } from "@/lib/bids/bid-views";
import { getDatabase } from "@/lib/db/client";
import { formatRupees } from "@/lib/money/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerBids.list");
  return { title: t("title") };
}

type BidRow = Awaited<ReturnType<typeof listBuyerBids>>[number];

export default async function BuyerBidsPage() {
  const actor = await requirePortal("buyer", "/buyer/bids");
  if (!hasRole(actor, "BUYER")) forbidden();
  const [t, types, locale, ctx] = await Promise.all([getTranslations("buyerBids.list"), getTranslations("bids.type"), getLocale(), actionContext()]);
  const bids = await orRefuse(listBuyerBids(getDatabase().db, ctx));
  const deadline = (bid: BidRow) => istDateTime(locale, bid.submissionDeadline);
  const number = (bid: BidRow) => (
    <Link href={`/buyer/bids/${bid.id}`} className="font-semibold text-navy-800 underline tabular-nums">
      {bid.number}
    </Link>
  );
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
          <p className="mt-2 text-slate-700">{t("intro")}</p>
        </div>
        <ButtonLink href="/buyer/bids/new">{t("create")}</ButtonLink>
      </div>
      {bids.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <CardTable
          caption={t("caption")}
          rows={bids}
          rowKey={(bid) => bid.id}
          card={(bid) => (
            <>
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                {number(bid)}
                <BidStatusBadge status={bid.status} forBuyer />
              </div>
              <p className="mt-1 font-semibold text-slate-900">{bid.title}</p>
              <p className="text-sm text-slate-700">{types(bid.type)}</p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-700">{t("value")}</dt>
                <dd className="tabular-nums">{formatRupees(bid.estimatedValuePaise)}</dd>
                <dt className="text-slate-700">{t("deadline")}</dt>
                <dd>{deadline(bid)}</dd>
              </dl>
            </>
          )}
          columns={[
            { header: t("number"), className: "whitespace-nowrap", cell: number },
            { header: t("bidTitle"), cell: (bid) => bid.title },
            { header: t("type"), cell: (bid) => types(bid.type) },
            { header: t("status"), cell: (bid) => <BidStatusBadge status={bid.status} forBuyer /> },
            { header: t("value"), className: "text-right whitespace-nowrap tabular-nums", cell: (bid) => formatRupees(bid.estimatedValuePaise) },
            { header: t("deadline"), className: "whitespace-nowrap", cell: deadline },
          ]}
        />
      )}
    </>
  );
}
