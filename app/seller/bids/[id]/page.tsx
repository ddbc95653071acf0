import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse, recordId } from "@/app/_lib/or-refuse";
import { BidStatusBadge } from "@/components/bids/bid-status-badge";
import { localName } from "@/components/portal/local-name";
import { RecordHeader } from "@/components/portal/record-header";
import { hasRole } from "@/lib/auth/actor";
import { requirePortal } from "@/lib/auth/require";
import { getBidForSeller } from "@/lib/bids/bid-views";
import { getDatabase } from "@/lib/db/client";
import { AuctionPanel } from "./_components/auction-panel";
import { AwardPanel } from "./_components/award-panel";
import { BidCompetition } from "./_components/bid-competition";
import { BidDates } from "./_components/bid-dates";
import { BidEligibility } from "./_components/bid-eligibility";
import { BidItems } from "./_components/bid-items";
import { BidTerms } from "./_components/bid-terms";
import { ClarificationsSection } from "./_components/clarifications-section";
import { exemptionsOf } from "./_components/exemptions";
import { OfferOutcome } from "./_components/offer-outcome";
import { OfferStage } from "./_components/offer-stage";
import { askClarificationAction, makeRepresentationAction, submitOfferAction, withdrawOfferAction } from "./actions";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

const DONE = new Set(["submitted", "revised", "withdrawn", "asked", "represented"]);

// One read per request, shared by the metadata and the page (each read settles the bid's clock).
const loadBid = cache(async (id: string) => {
  const actor = await requirePortal("seller", `/seller/bids/${id}`);
  if (actor.sellerId === null) forbidden();
  const view = await orRefuse(getBidForSeller(getDatabase().db, await actionContext(), recordId(id)));
  return { view, canAct: hasRole(actor, "SELLER_ADMIN") };
});

// Whether this seller has an order from the award: the public result lists the orders.
export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { view } = await loadBid((await params).id);
  return { title: `${view.bid.number}: ${view.bid.title}` };
}

export default async function SellerBidPage({ params, searchParams }: PageProps) {
  const [{ id }, query, t, locale] = await Promise.all([params, searchParams, getTranslations("sellerBids"), getLocale()]);
  const { view, canAct } = await loadBid(id);
  const { bid, seller } = view;
  const exemptions = exemptionsOf(bid, seller);
  const isSealed = bid.status === "PUBLISHED";
  return (
    <>
      <RecordHeader
        back={{ href: "/seller/bids", label: t("back") }}
        title={bid.number}
        badge={<BidStatusBadge status={bid.status} />}
        done={query.done && DONE.has(query.done) ? t(`done.${query.done}`) : null}
      >
        <p className="mt-2 text-lg font-semibold break-words text-slate-900">{bid.title}</p>
        <p className="mt-1 text-slate-700">
          {bid.buyerOrganisation.name}
          {bid.category ? ` · ${localName(locale, bid.category)}` : ""}
        </p>
      </RecordHeader>
      {bid.status === "CANCELLED" ? (
        <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">{t("cancelled", { reason: bid.cancelReason ?? "" })}</p>
      ) : null}
      {bid.status === "AWARDED" ? <AwardPanel number={bid.number} hasWon={view.orders.length > 0} /> : null}
      <AuctionPanel view={view} canBid={canAct} />
      {isSealed ? (
        <OfferStage view={view} exemptions={exemptions} canAct={canAct} actions={{ submit: submitOfferAction, withdraw: withdrawOfferAction }} />
      ) : (
        <OfferOutcome view={view} canAct={canAct} representAction={makeRepresentationAction.bind(null, bid.id)} />
      )}
      <BidTerms bid={bid} />
      <BidItems items={bid.items} />
      <BidEligibility bid={bid} exemptions={exemptions} />
      <BidCompetition bid={bid} />
      <BidDates bid={bid} />
      <ClarificationsSection view={view} canAct={canAct} action={askClarificationAction} />
    </>
  );
}
