import "server-only";
import { settleBid } from "../bids/bid-clock";
import { awardReasonsBySeller } from "../bids/public-bids";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";
import { istDayStart } from "../i18n/ist-dates";
import { BID_EXTENSION, isOpened, RELEASE_BID, RELEASE_OFFER, toOcdsBidRelease, type BidOutcome, type ReleaseBid } from "./ocds-bid-release";
import { releasePackage, type ReleasePackage } from "./ocds-package";
import { RELEASE_ORDER } from "./ocds-release";
import { encodeCursor, type ReleasesQuery } from "./ocds-schemas";

const RELEASES_PER_PAGE = 100;
export const BID_RELEASES_PATH = "/api/ocds/bids";

export type BidReleasePackage = Omit<ReleasePackage, "releases"> & { releases: ReturnType<typeof toOcdsBidRelease>[] };

// One page of the bids published in [from, to) (IST dates), in (publishedAt, id) order, with
// the same query, keyset cursor and package as the orders' releases (list-ocds-releases.ts).
// A draft has no publishedAt, so it is never in a range. The cursor's time is the last bid's
// publication.
export async function listOcdsBidReleases(db: Db, query: ReleasesQuery, options: { baseUrl: string; now: Date; pageSize?: number }): Promise<BidReleasePackage> {
  const pageSize = options.pageSize ?? RELEASES_PER_PAGE;
  const start = istDayStart(query.from);
  const { cursor } = query;
  const where: Prisma.BidWhereInput = {
    publishedAt: { gte: cursor && cursor.placedAt > start ? cursor.placedAt : start, lt: istDayStart(query.to) },
    ...(cursor && { OR: [{ publishedAt: { gt: cursor.placedAt } }, { id: { gt: cursor.id } }] }),
  };
  const read = () => db.bid.findMany({ where, orderBy: [{ publishedAt: "asc" }, { id: "asc" }], take: pageSize + 1, select: RELEASE_BID });
  let rows = await read();
  if (await settleDue(db, rows, options.now)) rows = await read();
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const pageUrl = (cursorValue?: string) => {
    const params = new URLSearchParams({ from: query.from, to: query.to });
    if (cursorValue) params.set("cursor", cursorValue);
    return `${options.baseUrl}${BID_RELEASES_PATH}?${params}`;
  };
  return bidPackage(await releasesOf(db, page), {
    uri: pageUrl(cursor && encodeCursor(cursor)),
    baseUrl: options.baseUrl,
    next: rows.length > pageSize && last?.publishedAt ? pageUrl(encodeCursor({ placedAt: last.publishedAt, id: last.id })) : undefined,
  });
}

// One bid's release package, by its number. A draft (or a draft cancelled unpublished) is
// not found: it was never public.
export async function findOcdsBidRelease(db: Db, number: string, options: { baseUrl: string; now: Date }): Promise<BidReleasePackage> {
  const found = await db.bid.findUnique({ where: { number }, select: { id: true, publishedAt: true } });
  if (!found?.publishedAt) throw new NotFoundError("Bid");
  await db.$transaction((tx) => settleBid(tx, found.id, options.now));
  const bid = await db.bid.findUniqueOrThrow({ where: { id: found.id }, select: RELEASE_BID });
  return bidPackage(await releasesOf(db, [bid]), { uri: `${options.baseUrl}${BID_RELEASES_PATH}/${encodeURIComponent(number)}`, baseUrl: options.baseUrl });
}

// The orders' package (ocds-package.ts) around bid releases, with the bids extension listed.
function bidPackage(releases: ReturnType<typeof toOcdsBidRelease>[], options: { uri: string; baseUrl: string; next?: string }): BidReleasePackage {
  const { uri, version, extensions, publishedDate, publisher } = releasePackage([], options);
  const newest = releases.reduce<string | undefined>((latest, release) => (latest === undefined || release.date > latest ? release.date : latest), undefined);
  return {
    uri, version, extensions: [...extensions, BID_EXTENSION], publishedDate: newest ?? publishedDate, publisher, releases,
    ...(options.next && { links: { next: options.next } }),
  };
}

// Every read of a bid first lets its clock act (bid-clock.ts); a page settles only the bids
// whose deadline, opening or auction end has passed and that the jobs have not reached yet.
async function settleDue(db: Db, rows: ReleaseBid[], now: Date): Promise<boolean> {
  const due = rows.filter((bid) =>
    (bid.status === "PUBLISHED" && ((bid.openingAt && bid.openingAt <= now) || (bid.submissionDeadline && bid.submissionDeadline <= now && !bid.isDeadlineExtended))) ||
    (bid.status === "REVERSE_AUCTION" && bid.auctionEndsAt && bid.auctionEndsAt <= now));
  for (const bid of due) await db.$transaction((tx) => settleBid(tx, bid.id, now));
  return due.length > 0;
}

// The page's outcomes in a few queries: the number of offers of the opened bids, the
// cancellations' times, and the offers, orders and award reasons of the awarded ones. Offers
// are read only for awarded bids, so a running bid's release cannot carry any.
async function releasesOf(db: Db, bids: ReleaseBid[]) {
  const opened = bids.filter((bid) => isOpened(bid.status)).map((bid) => bid.id);
  const awarded = bids.filter((bid) => bid.status === "AWARDED");
  const cancelled = bids.filter((bid) => bid.status === "CANCELLED").map((bid) => String(bid.id));
  const [counts, cancellations, offers, orders, reasons] = await Promise.all([
    opened.length === 0 ? [] : db.bidOffer.groupBy({ by: ["bidId"], where: { bidId: { in: opened }, status: { in: ["SUBMITTED", "QUALIFIED", "DISQUALIFIED"] } }, _count: { _all: true } }),
    cancelled.length === 0 ? [] : db.auditEvent.findMany({ where: { entityType: "Bid", entityId: { in: cancelled }, action: "bids.cancel" }, select: { entityId: true, createdAt: true } }),
    awarded.length === 0 ? [] : db.bidOffer.findMany({
      where: { bidId: { in: awarded.map((bid) => bid.id) }, bid: { status: "AWARDED" }, status: { in: ["QUALIFIED", "DISQUALIFIED"] } },
      orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: RELEASE_OFFER,
    }),
    awarded.length === 0 ? [] : db.order.findMany({ where: { bidId: { in: awarded.map((bid) => bid.id) } }, orderBy: { id: "asc" }, select: { ...RELEASE_ORDER, bidId: true } }),
    Promise.all(awarded.map(async (bid) => [bid.id, await awardReasonsBySeller(db, bid)] as const)),
  ]);
  const countOf = new Map(counts.map((row) => [row.bidId, row._count._all]));
  const cancelledAt = new Map(cancellations.map((event) => [Number(event.entityId), event.createdAt]));
  const reasonsOf = new Map(reasons);
  return bids.map((bid) => {
    const outcome: BidOutcome = {
      cancelledAt: cancelledAt.get(bid.id) ?? null,
      numberOfTenderers: isOpened(bid.status) ? (countOf.get(bid.id) ?? 0) : null,
      award: bid.status === "AWARDED"
        ? { offers: offers.filter((offer) => offer.bidId === bid.id), orders: orders.filter((order) => order.bidId === bid.id), reasons: reasonsOf.get(bid.id) ?? new Map() }
        : null,
    };
    return toOcdsBidRelease(bid, outcome);
  });
}
