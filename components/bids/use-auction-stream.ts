"use client";

import { useEffect, useReducer, useState } from "react";
import type { AuctionState } from "@/lib/bids/auction-state";

// The live auction in the browser: the state the page rendered, then every state the server
// pushes (app/api/bids/[id]/auction/route.ts, each already cut to what this viewer may see),
// the offset of the server's clock (which end-to-end tests move ahead) and what changed.

export type ShownOffer = AuctionState["offers"][number] & { sellerName?: string | null };
export type ShownAuction = Omit<AuctionState, "offers"> & { participants?: number; offers: ShownOffer[] };

export type AuctionNews = { kind: "extended"; endsAt: string } | { kind: "rank"; rank: number } | { kind: "l1"; l1Paise: string } | { kind: "ended" };

export type LiveAuctionState = {
  auction: ShownAuction;
  // Server clock minus this browser's, from the last state received (null before the first).
  offsetMs: number | null;
  // The end after the last extension, while it holds.
  extendedTo: string | null;
  // What the last change brought, for the live region; kept until something new happens.
  news: AuctionNews[];
};

export type Connection = "connecting" | "open" | "lost" | "stopped";

type Received = { next: ShownAuction; receivedAt: number; ownOfferId: number | null };

export function receiveAuction(live: LiveAuctionState, { next, receivedAt, ownOfferId }: Received): LiveAuctionState {
  const before = live.auction;
  const offsetMs = Date.parse(next.serverNow) - receivedAt;
  const news: AuctionNews[] = [];
  const isExtended = next.status === "LIVE" && before.endsAt !== null && next.endsAt !== null && Date.parse(next.endsAt) > Date.parse(before.endsAt);
  if (next.status === "CLOSED" && before.status !== "CLOSED") news.push({ kind: "ended" });
  else if (isExtended && next.endsAt) news.push({ kind: "extended", endsAt: next.endsAt });
  if (next.status !== "CLOSED") {
    const rankOf = (auction: ShownAuction) => auction.offers.find((offer) => offer.offerId === ownOfferId)?.rank ?? null;
    const rank = rankOf(next);
    if (ownOfferId !== null && rank !== null && rank !== rankOf(before)) news.push({ kind: "rank", rank });
    if (ownOfferId === null && next.l1Paise !== null && next.l1Paise !== before.l1Paise) news.push({ kind: "l1", l1Paise: next.l1Paise });
  }
  const extendedTo = next.status !== "LIVE" ? null : isExtended ? next.endsAt : live.extendedTo;
  return { auction: next, offsetMs, extendedTo, news: news.length > 0 ? news : live.news };
}

export function useAuctionStream(bidId: number, initial: ShownAuction, ownOfferId: number | null): { live: LiveAuctionState; connection: Connection } {
  const [live, receive] = useReducer(receiveAuction, { auction: initial, offsetMs: null, extendedTo: null, news: [] });
  const [connection, setConnection] = useState<Connection>("connecting");
  useEffect(() => {
    const source = new EventSource(`/api/bids/${bidId}/auction`);
    source.onopen = () => setConnection("open");
    source.onmessage = (event: MessageEvent<string>) => {
      receive({ next: JSON.parse(event.data) as ShownAuction, receivedAt: Date.now(), ownOfferId });
      setConnection("open");
    };
    // The browser reconnects by itself after a network error; a refusal (403/404) ends it.
    source.onerror = () => setConnection(source.readyState === EventSource.CLOSED ? "stopped" : "lost");
    return () => source.close();
  }, [bidId, ownOfferId]);
  return { live, connection };
}

// Whole seconds until the end by the server's clock, ticking; null without an end.
export function useSecondsLeft(endsAt: string | null, offsetMs: number | null, renderedAt: string): number | null {
  const [seconds, setSeconds] = useState(() => (endsAt ? secondsBetween(Date.parse(renderedAt), endsAt) : 0));
  useEffect(() => {
    if (!endsAt) return;
    // Until the stream's first state, the clock of the page's render stands in for the server's.
    const offset = offsetMs ?? Date.parse(renderedAt) - Date.now();
    const tick = () => setSeconds(secondsBetween(Date.now() + offset, endsAt));
    const timer = setInterval(tick, 250);
    const first = setTimeout(tick, 0);
    return () => {
      clearInterval(timer);
      clearTimeout(first);
    };
  }, [endsAt, offsetMs, renderedAt]);
  return endsAt ? seconds : null;
}

function secondsBetween(nowMs: number, endsAt: string): number {
  return Math.max(0, Math.ceil((Date.parse(endsAt) - nowMs) / 1000));
}
