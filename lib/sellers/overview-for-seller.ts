import "server-only";
import { hasRole, type Actor } from "../auth/actor";
import { financialYearOf } from "../reporting/financial-year";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { ListingStatus, MseClass, VerificationStatus } from "../db/generated/enums";
import { listRecentOrders, sumOrdersInYear, type RecentOrder } from "../orders/order-summaries";

export const LISTING_STATUSES: ListingStatus[] = ["DRAFT", "PENDING_APPROVAL", "APPROVED", "REJECTED", "PAUSED"];

export type SellerTag = "shg" | "weaver" | "artisan" | "cooperative" | "producerCompany" | "womenOwned" | "scStOwned" | "startup";

export type SellerOverviewSubject =
  | {
      kind: "seller";
      name: string;
      mseClass: MseClass | null;
      verificationStatus: VerificationStatus;
      stateName: string;
      stateNameHi: string;
      tags: SellerTag[];
    }
  | { kind: "facilitator"; assistedSellers: number };

export type SellerOverview = {
  subject: SellerOverviewSubject;
  listingsByStatus: Record<ListingStatus, number>;
  financialYear: string;
  ordersThisYear: number;
  valueThisYearPaise: bigint;
  recentOrders: RecentOrder[];
};

// A seller's user sees their own firm; a facilitator (service-centre official) sees the
// sellers they registered on the sellers' behalf. Nobody sees another seller's data.
function sellerScope(actor: Actor): Prisma.SellerWhereInput | null {
  if (actor.sellerId !== null) return { id: actor.sellerId };
  if (hasRole(actor, "FACILITATOR")) return { assistedById: actor.userId };
  return null;
}

export async function getSellerOverview(db: Db, actor: Actor, now = new Date()): Promise<SellerOverview | null> {
  const scope = sellerScope(actor);
  if (!scope) return null;
  const year = financialYearOf(now);
  const orderScope = { seller: scope };
  const [subject, listingGroups, totals, recentOrders] = await Promise.all([
    findSubject(db, actor),
    db.listing.groupBy({ by: ["status"], where: { seller: scope }, _count: { _all: true } }),
    sumOrdersInYear(db, orderScope, year),
    listRecentOrders(db, orderScope, "buyer"),
  ]);
  if (!subject) return null;
  const listingsByStatus = Object.fromEntries(LISTING_STATUSES.map((status) => [status, 0])) as Record<ListingStatus, number>;
  for (const group of listingGroups) listingsByStatus[group.status] = group._count._all;
  return {
    subject,
    listingsByStatus,
    financialYear: year.label,
    ordersThisYear: totals.orders,
    valueThisYearPaise: totals.valuePaise,
    recentOrders,
  };
}

async function findSubject(db: Db, actor: Actor): Promise<SellerOverviewSubject | null> {
  if (actor.sellerId === null) {
    return { kind: "facilitator", assistedSellers: await db.seller.count({ where: { assistedById: actor.userId } }) };
  }
  const seller = await db.seller.findUnique({
    where: { id: actor.sellerId },
    select: {
      legalName: true,
      tradeName: true,
      mseClass: true,
      verificationStatus: true,
      state: { select: { name: true, nameHi: true } },
      isShg: true,
      isWeaver: true,
      isArtisan: true,
      isCooperative: true,
      isProducerCompany: true,
      isWomenOwned: true,
      isScStOwned: true,
      isStartup: true,
    },
  });
  if (!seller) return null;
  const flags: [SellerTag, boolean][] = [
    ["shg", seller.isShg],
    ["weaver", seller.isWeaver],
    ["artisan", seller.isArtisan],
    ["cooperative", seller.isCooperative],
    ["producerCompany", seller.isProducerCompany],
    ["womenOwned", seller.isWomenOwned],
    ["scStOwned", seller.isScStOwned],
    ["startup", seller.isStartup],
  ];
  return {
    kind: "seller",
    name: seller.tradeName ?? seller.legalName,
    mseClass: seller.mseClass,
    verificationStatus: seller.verificationStatus,
    stateName: seller.state.name,
    stateNameHi: seller.state.nameHi,
    tags: flags.filter(([, isSet]) => isSet).map(([tag]) => tag),
  };
}
