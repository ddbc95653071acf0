import "server-only";
import { hasRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { OrderStatus } from "../db/generated/enums";
import { chooseYear, gmvByMonth, median, placedIn, sumInvoicesDue, type DashboardYear, type InvoicesDue, type MonthFigure } from "./dashboard-figures";
import { isGmvStatus, shareBps } from "./definitions";

export type SellerDashboard = {
  sellerName: string;
  year: DashboardYear;
  years: DashboardYear[];
  ordersReceived: number;
  gmv: { orders: number; valuePaise: bigint };
  // Of the orders the seller had to answer: accepted, rejected, or left to lapse.
  acceptance: {
    answerable: number;
    accepted: number;
    rejected: number;
    autoCancelled: number;
    acceptedBps: number | null;
    rejectedBps: number | null;
    autoCancelledBps: number | null;
    medianHoursToAccept: number | null;
  };
  delivery: { delivered: number; onTime: number; onTimeBps: number | null };
  rating: { average: number | null; count: number };
  paymentsDue: InvoicesDue;
  byMonth: MonthFigure[];
  byStatus: { status: OrderStatus; orders: number; valuePaise: bigint }[];
};

const HOUR_MS = 60 * 60 * 1000;

// The dashboard of the seller the signed-in user works for, for one financial year (the
// current one unless another with orders is asked for). A facilitator has no firm of their
// own, so nothing; the orders are always the actor's seller's, never another's.
export async function getSellerDashboard(db: Db, actor: Actor, options: { year?: number; now?: Date } = {}): Promise<SellerDashboard | null> {
  if (actor.sellerId === null || !hasRole(actor, "SELLER_ADMIN", "SELLER_STAFF")) return null;
  const now = options.now ?? new Date();
  const scope = { sellerId: actor.sellerId };
  const [seller, { year, years }, paymentsDue] = await Promise.all([
    db.seller.findUnique({ where: { id: actor.sellerId }, select: { legalName: true, tradeName: true, ratingAverage: true, ratingCount: true } }),
    chooseYear(db, scope, options.year, now),
    sumInvoicesDue(db, scope, now),
  ]);
  if (!seller) return null;
  // One read of the year's orders: every figure below comes from the same rows, so they agree.
  const orders = await db.order.findMany({
    where: { ...scope, ...placedIn(year) },
    select: { status: true, totalPaise: true, placedAt: true, acceptedAt: true, deliveredAt: true, deliveryDueAt: true },
  });
  const gmvOrders = orders.filter((order) => isGmvStatus(order.status));
  return {
    sellerName: seller.tradeName ?? seller.legalName,
    year: { startYear: year.startYear, label: year.label },
    years,
    ordersReceived: orders.length,
    gmv: { orders: gmvOrders.length, valuePaise: gmvOrders.reduce((sum, order) => sum + order.totalPaise, 0n) },
    acceptance: acceptanceOf(orders),
    delivery: deliveryOf(orders),
    rating: { average: seller.ratingAverage === null ? null : Number(seller.ratingAverage), count: seller.ratingCount },
    paymentsDue,
    byMonth: gmvByMonth(orders, year),
    byStatus: byStatus(orders),
  };
}

type YearOrder = { status: OrderStatus; totalPaise: bigint; placedAt: Date; acceptedAt: Date | null; deliveredAt: Date | null; deliveryDueAt: Date | null };

// An order the seller accepted keeps its acceptedAt whatever happened later (a buyer's
// cancellation, rejected goods); one cancelled by the buyer before any answer, or still
// waiting, did not need an answer yet and counts nowhere.
function acceptanceOf(orders: YearOrder[]): SellerDashboard["acceptance"] {
  const accepted = orders.filter((order) => order.acceptedAt !== null);
  const rejected = orders.filter((order) => order.status === "REJECTED").length;
  const autoCancelled = orders.filter((order) => order.status === "AUTO_CANCELLED").length;
  const answerable = BigInt(accepted.length + rejected + autoCancelled);
  return {
    answerable: Number(answerable),
    accepted: accepted.length,
    rejected,
    autoCancelled,
    acceptedBps: shareBps(BigInt(accepted.length), answerable),
    rejectedBps: shareBps(BigInt(rejected), answerable),
    autoCancelledBps: shareBps(BigInt(autoCancelled), answerable),
    medianHoursToAccept: median(accepted.map((order) => (order.acceptedAt!.getTime() - order.placedAt.getTime()) / HOUR_MS)),
  };
}

// On time: delivered no later than the delivery date agreed at acceptance.
function deliveryOf(orders: YearOrder[]): SellerDashboard["delivery"] {
  const delivered = orders.filter((order) => order.deliveredAt !== null && order.deliveryDueAt !== null);
  const onTime = delivered.filter((order) => order.deliveredAt! <= order.deliveryDueAt!).length;
  return { delivered: delivered.length, onTime, onTimeBps: shareBps(BigInt(onTime), BigInt(delivered.length)) };
}

// The statuses in lifecycle order, only those the year has.
function byStatus(orders: YearOrder[]): SellerDashboard["byStatus"] {
  return Object.values(OrderStatus)
    .map((status) => {
      const group = orders.filter((order) => order.status === status);
      return { status, orders: group.length, valuePaise: group.reduce((sum, order) => sum + order.totalPaise, 0n) };
    })
    .filter((row) => row.orders > 0);
}
