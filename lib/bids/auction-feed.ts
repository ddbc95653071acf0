import { EventEmitter } from "node:events";
import type { AuctionState } from "./auction-state";

// Live reverse-auction news within this server process: after a bid commits (or the auction
// starts or closes), its new state goes to every open stream of that bid. One read of the
// state serves all listeners; each stream shows its reader their own part (auction-view.ts).
// Several server processes would need a shared channel (PostgreSQL LISTEN/NOTIFY); each
// stream also re-reads the state every few seconds, so a missed message is caught up.
const holder = globalThis as unknown as { krayaAuctionFeed?: EventEmitter };
const feed = (holder.krayaAuctionFeed ??= new EventEmitter().setMaxListeners(0));

export function publishAuctionState(state: AuctionState): void {
  feed.emit(`bid:${state.bidId}`, state);
}

export function subscribeToAuction(bidId: number, listener: (state: AuctionState) => void): () => void {
  feed.on(`bid:${bidId}`, listener);
  return () => feed.off(`bid:${bidId}`, listener);
}
