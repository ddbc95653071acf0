import { actionContext } from "@/app/_lib/action-context";
import type { AuctionState } from "@/lib/bids/auction-state";
import { auctionViewFor, isStaleAuctionState, projectAuction, watchAuction } from "@/lib/bids/auction-view";
import { AuctionBidSchema } from "@/lib/bids/bid-schemas";
import { placeAuctionBid } from "@/lib/bids/reverse-auction";
import { currentTime } from "@/lib/clock";
import { getDatabase } from "@/lib/db/client";
import { FieldValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms/field-errors";

// A reverse auction live (components/bids/live-auction.tsx). GET: a server-sent event stream
// of the auction as the signed-in buyer or seller may see it (lib/bids/auction-view.ts): the
// state now, then every change as it commits, a catch-up read every few seconds and a comment
// line every HEARTBEAT_MS so proxies keep the connection open. POST: a seller's bid.

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;

type Params = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Params) {
  const bidId = idOf((await params).id);
  const ctx = await actionContext();
  const { db } = getDatabase();
  let watched: Awaited<ReturnType<typeof auctionViewFor>>;
  try {
    if (bidId === null) throw new NotFoundError("Bid");
    watched = await auctionViewFor(db, ctx, bidId);
  } catch (error) {
    return refusal(error);
  }
  const { viewer } = watched;
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let isOpen = true;
      let last: AuctionState | null = null;
      const send = (text: string) => {
        if (!isOpen) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const push = (state: AuctionState) => {
        if (isStaleAuctionState(state, last)) return;
        last = state;
        send(`data: ${JSON.stringify(projectAuction(state, viewer))}\n\n`);
      };
      send("retry: 3000\n\n");
      push(watched.state);
      const unwatch = watchAuction(db, watched.state.bidId, currentTime, push, watched.state);
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
      stop = () => {
        if (!isOpen) return;
        isOpen = false;
        unwatch();
        clearInterval(heartbeat);
        request.signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      request.signal.addEventListener("abort", stop);
      if (request.signal.aborted) stop();
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: Next.js would otherwise gzip the stream and hold events back.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}

// A seller's bid: {"total": "12,34,500"} (rupees, with GST). 200 with the new rank and end,
// 422 with field messages (i18n keys), 401, 403 or 404.
export async function POST(request: Request, { params }: Params) {
  const bidId = idOf((await params).id);
  if (bidId === null) return refusal(new NotFoundError("Bid"));
  // JSON only: a cross-site form cannot send it without the browser asking first.
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return Response.json({ error: "unsupported_media_type" }, { status: 415 });
  }
  if (Number(request.headers.get("content-length") ?? 0) > 1024) return Response.json({ error: "payload_too_large" }, { status: 413 });
  const body: unknown = await request.json().catch(() => null);
  const total = body && typeof body === "object" && "total" in body ? body.total : undefined;
  const parsed = AuctionBidSchema.safeParse({ bidId, total });
  if (!parsed.success) return Response.json({ fieldErrors: fieldErrorsOf(parsed.error) }, { status: 422 });
  try {
    const result = await placeAuctionBid(getDatabase().db, await actionContext(), parsed.data);
    return Response.json({ totalPaise: result.totalPaise.toString(), rank: result.rank, endsAt: result.endsAt.toISOString(), extended: result.extended });
  } catch (error) {
    if (error instanceof FieldValidationError) return Response.json({ fieldErrors: error.fieldErrors }, { status: 422 });
    return refusal(error);
  }
}

function idOf(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}

function refusal(error: unknown): Response {
  if (error instanceof UnauthenticatedError) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (error instanceof ForbiddenError) return Response.json({ error: "forbidden" }, { status: 403 });
  if (error instanceof NotFoundError) return Response.json({ error: "not_found" }, { status: 404 });
  throw error;
}
