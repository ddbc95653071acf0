import "server-only";
import { hasRole, PORTAL_ROLES, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import type { MseClass, OrderStatus } from "../db/generated/enums";
import { chooseYear, gmvByMonth, median, placedIn, shareOf, sumInvoicesDue, type ChosenYear, type DashboardYear, type InvoicesDue, type MonthFigure, type Share } from "./dashboard-figures";
import { isGmvStatus, isMseClass, MSE_TARGET_BPS, shareBps, TIMELY_PAYMENT_DAYS } from "./definitions";

export type Savings = { savingsPaise: bigint; mrpPaise: bigint; bps: number | null };

export type BuyerDashboard = {
  organisationName: string;
  year: DashboardYear;
  years: DashboardYear[];
  ordersPlaced: number;
  gmv: { orders: number; valuePaise: bigint };
  // Shares of GMV: from MSEs, and within that from SC/ST-owned and women-owned MSEs.
  mse: { all: Share; scSt: Share; women: Share; targets: typeof MSE_TARGET_BPS };
  savings: { all: Savings; mse: Savings };
  pendingPayments: InvoicesDue;
  timeliness: { paidInvoices: number; timely: number; timelyBps: number | null; medianDays: number | null; withinDays: number };
  byMonth: MonthFigure[];
};

const DAY_MS = 24 * 60 * 60 * 1000;

type YearOrder = {
  status: OrderStatus;
  placedAt: Date;
  totalPaise: bigint;
  subtotalPaise: bigint;
  mrpTotalPaise: bigint;
  sellerMseClass: MseClass | null;
  sellerIsScStOwned: boolean;
  sellerIsWomenOwned: boolean;
};

// The dashboard of the signed-in user's buyer organisation for one financial year (the
// current one unless another with orders is asked for): its own orders, never another's.
export async function getBuyerDashboard(db: Db, actor: Actor, options: { year?: number; now?: Date } = {}): Promise<BuyerDashboard | null> {
  if (actor.organisationId === null || !hasRole(actor, ...PORTAL_ROLES.buyer)) return null;
  const now = options.now ?? new Date();
  const scope = { buyerOrganisationId: actor.organisationId };
  const [organisation, { year, years }, pendingPayments] = await Promise.all([
    db.buyerOrganisation.findUnique({ where: { id: actor.organisationId }, select: { name: true } }),
    chooseYear(db, scope, options.year, now),
    sumInvoicesDue(db, { order: scope }, now),
  ]);
  if (!organisation) return null;
  // One read of the year's orders: every order figure below comes from the same rows.
  const [orders, timeliness] = await Promise.all([
    db.order.findMany({
      where: { ...scope, ...placedIn(year) },
      select: { status: true, placedAt: true, totalPaise: true, subtotalPaise: true, mrpTotalPaise: true, sellerMseClass: true, sellerIsScStOwned: true, sellerIsWomenOwned: true },
    }),
    paymentTimeliness(db, actor.organisationId, year),
  ]);
  const gmvOrders = orders.filter((order) => isGmvStatus(order.status));
  const mseOrders = gmvOrders.filter((order) => isMseClass(order.sellerMseClass));
  const gmvPaise = total(gmvOrders, "totalPaise");
  return {
    organisationName: organisation.name,
    year: { startYear: year.startYear, label: year.label },
    years,
    ordersPlaced: orders.length,
    gmv: { orders: gmvOrders.length, valuePaise: gmvPaise },
    mse: {
      all: shareOf(total(mseOrders, "totalPaise"), gmvPaise),
      scSt: shareOf(total(mseOrders.filter((order) => order.sellerIsScStOwned), "totalPaise"), gmvPaise),
      women: shareOf(total(mseOrders.filter((order) => order.sellerIsWomenOwned), "totalPaise"), gmvPaise),
      targets: MSE_TARGET_BPS,
    },
    savings: { all: savingsOf(gmvOrders), mse: savingsOf(mseOrders) },
    pendingPayments,
    timeliness,
    byMonth: gmvByMonth(orders, year),
  };
}

function total(orders: YearOrder[], field: "totalPaise" | "subtotalPaise" | "mrpTotalPaise"): bigint {
  return orders.reduce((sum, order) => sum + order[field], 0n);
}

// Saved: the MRP (or market price) less the price paid, before tax, over the MRP value.
function savingsOf(orders: YearOrder[]): Savings {
  const mrpPaise = total(orders, "mrpTotalPaise");
  const savingsPaise = mrpPaise - total(orders, "subtotalPaise");
  return { savingsPaise, mrpPaise, bps: shareBps(savingsPaise, mrpPaise) };
}

// Invoices paid in the year (by the date of their last payment, so late payments of an
// earlier year's orders count in the year the money left), timed from the acceptance of
// the goods (CRAC), which starts the payment clock.
async function paymentTimeliness(db: Db, organisationId: number, year: ChosenYear): Promise<BuyerDashboard["timeliness"]> {
  const paidAt = { gte: year.start, lt: year.end };
  const invoices = await db.invoice.findMany({
    where: { status: "PAID", order: { buyerOrganisationId: organisationId, goodsAcceptedAt: { not: null } }, payments: { some: { paidAt } } },
    select: { order: { select: { goodsAcceptedAt: true } }, payments: { orderBy: { paidAt: "desc" }, take: 1, select: { paidAt: true } } },
  });
  const days = invoices
    .filter((invoice) => invoice.payments[0]!.paidAt < year.end)
    .map((invoice) => (invoice.payments[0]!.paidAt.getTime() - invoice.order.goodsAcceptedAt!.getTime()) / DAY_MS);
  const timely = days.filter((value) => value <= TIMELY_PAYMENT_DAYS).length;
  return { paidInvoices: days.length, timely, timelyBps: shareBps(BigInt(timely), BigInt(days.length)), medianDays: median(days), withinDays: TIMELY_PAYMENT_DAYS };
}
