import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse, recordId } from "@/app/_lib/or-refuse";
import { BidStatusBadge } from "@/components/bids/bid-status-badge";
import { FormCard } from "@/components/portal/form-card";
import { RecordHeader } from "@/components/portal/record-header";
import { hasRole } from "@/lib/auth/actor";
import { requirePortal } from "@/lib/auth/require";
import { getBidForBuyer } from "@/lib/bids/bid-views";
import { getDatabase } from "@/lib/db/client";
import { AuctionPanel } from "./_components/auction-panel";
import { BidFacts } from "./_components/bid-facts";
import { AwardedOrders, CancelledNotice, SealedNotice } from "./_components/bid-outcomes";
import { BidItems, BidTerms } from "./_components/bid-terms";
import { ClarificationsSection } from "./_components/clarifications-section";
import { FinancialEvaluation } from "./_components/financial-evaluation";
import { BidStepForm, CancelBidForm } from "./_components/step-forms";
import { TechnicalEvaluation } from "./_components/technical-evaluation";
import {
  answerClarificationAction,
  answerRepresentationAction,
  awardBidAction,
  cancelBidAction,
  evaluateOfferAction,
  openFinancialAction,
  publishBidAction,
  startAuctionAction,
} from "./actions";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

const DONE = new Set(["created", "published", "cancelled", "answered", "qualified", "rejected", "replied", "financialOpened", "auctionStarted", "awarded"]);

const loadBid = cache(async (id: string) => {
  const actor = await requirePortal("buyer", `/buyer/bids/${id}`);
  if (!hasRole(actor, "BUYER")) forbidden();
  const ctx = await actionContext();
  return { actor, view: await orRefuse(getBidForBuyer(getDatabase().db, ctx, recordId(id))) };
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { view } = await loadBid((await params).id);
  return { title: `${view.bid.number}: ${view.bid.title}` };
}

// The buyer's page of one bid: its facts and terms, and the step its status asks for.
export default async function BuyerBidPage({ params, searchParams }: PageProps) {
  const [{ id }, { done }, t] = await Promise.all([params, searchParams, getTranslations("buyerBids")]);
  const { actor, view } = await loadBid(id);
  const { bid, offers, clarifications, auction, orders, pending, now } = view;
  const isOpen = bid.status !== "AWARDED" && bid.status !== "CANCELLED";
  return (
    <>
      <RecordHeader back={{ href: "/buyer/bids", label: t("detail.back") }} title={bid.number} badge={<BidStatusBadge status={bid.status} forBuyer />} done={done && DONE.has(done) ? t(`done.${done}`) : null}>
        <BidFacts bid={bid} />
      </RecordHeader>
      {bid.status === "DRAFT" ? (
        <FormCard id="publish-bid" title={t("publish.title")} level={2}>
          <p className="mb-4 max-w-3xl text-slate-700">{t("publish.text")}</p>
          <BidStepForm bidId={bid.id} action={publishBidAction.bind(null, bid.id)} submitLabel={t("publish.submit")} idPrefix="publish-" />
        </FormCard>
      ) : null}
      {bid.status === "PUBLISHED" ? <SealedNotice openingAt={bid.openingAt} /> : null}
      {bid.status === "TECHNICAL_EVALUATION" ? (
        <TechnicalEvaluation
          bid={bid}
          offers={offers}
          pending={pending}
          now={now}
          actions={{ evaluate: evaluateOfferAction.bind(null, bid.id), reply: answerRepresentationAction.bind(null, bid.id), openFinancial: openFinancialAction.bind(null, bid.id) }}
        />
      ) : null}
      {bid.status === "FINANCIAL_EVALUATION" ? (
        <FinancialEvaluation bid={bid} offers={offers} buyerUserId={actor.userId} actions={{ startAuction: startAuctionAction.bind(null, bid.id), award: awardBidAction.bind(null, bid.id) }} />
      ) : null}
      {bid.status === "REVERSE_AUCTION" && auction ? <AuctionPanel bidId={bid.id} auction={auction} offers={offers} /> : null}
      {bid.status === "AWARDED" ? <AwardedOrders bid={bid} orders={orders} /> : null}
      {bid.status === "CANCELLED" ? <CancelledNotice reason={bid.cancelReason} /> : null}
      {bid.status !== "DRAFT" ? (
        <ClarificationsSection clarifications={clarifications} deadline={bid.clarificationDeadline} answer={isOpen ? answerClarificationAction.bind(null, bid.id) : null} />
      ) : null}
      <BidTerms bid={bid} />
      <BidItems bid={bid} />
      {isOpen ? (
        <FormCard id="cancel-bid" title={t("cancel.title")} level={2}>
          <p className="mb-4 max-w-3xl text-slate-700">{t("cancel.text")}</p>
          <CancelBidForm bidId={bid.id} action={cancelBidAction.bind(null, bid.id)} />
        </FormCard>
      ) : null}
    </>
  );
}
