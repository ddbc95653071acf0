import type { OrderStatus } from "../../lib/db/generated/enums";
import type { Random } from "./random";
import { DAY_MS, HOUR_MS, PAYMENT_DUE_DAYS, SELLER_RESPONSE_DAYS } from "./seed-config";

// An order's life, planned in full when it is placed and then cut at SEED_NOW: old orders
// have run to their end (mostly paid), recent ones stand at every status along the way.
// Placed -> accepted or rejected (or auto-cancelled) -> dispatched -> delivered -> received
// (PRC) -> goods accepted (CRAC) or rejected -> invoiced -> paid (domain.md, "Order lifecycle").

export type Outcome = "PAID" | "REJECTED" | "CANCELLED" | "AUTO_CANCELLED" | "GOODS_REJECTED";
export type Actor = "buyer" | "seller" | "consignee" | "paying" | "system";
export type Step = { status: OrderStatus; atMs: number; actor: Actor; note: string | null };

export const TERMINAL_STATUSES: ReadonlySet<OrderStatus> = new Set(["PAID", "REJECTED", "CANCELLED", "AUTO_CANCELLED", "GOODS_REJECTED"]);

const REJECTION_NOTES = ["Item out of stock at the quoted price", "Cannot deliver to the consignee location in time", "Quantity exceeds current production capacity"];
const CANCELLATION_NOTES = ["Requirement withdrawn by the department", "Budget head changed; order to be re-placed", "Duplicate order placed by mistake"];
const GOODS_REJECTION_NOTES = ["Goods do not match the ordered specifications", "Goods damaged in transit", "Short supply against the order quantity"];

export function pickOutcome(random: Random): Outcome {
  return random.weighted([["PAID", 91], ["REJECTED", 2.5], ["CANCELLED", 2], ["AUTO_CANCELLED", 2], ["GOODS_REJECTED", 2.5]] as const);
}

function hours(random: Random, min: number, max: number): number {
  return Math.round(random.float(min, max) * HOUR_MS);
}

// Days from goods acceptance to payment: most within the 10 days allowed, a tail paid late.
function paymentDelayDays(random: Random): number {
  return random.weighted([
    [() => random.float(1, PAYMENT_DUE_DAYS), 80],
    [() => random.float(PAYMENT_DUE_DAYS, 30), 14],
    [() => random.float(30, 90), 5],
    [() => random.float(90, 200), 1],
  ] as const)();
}

export function planLifecycle(random: Random, placedAtMs: number, deliveryDays: number, outcome: Outcome): Step[] {
  const steps: Step[] = [{ status: "PLACED", atMs: placedAtMs, actor: "buyer", note: null }];
  const add = (status: OrderStatus, gapMs: number, actor: Actor, note: string | null = null) => {
    const previous = steps[steps.length - 1] as Step;
    steps.push({ status, atMs: previous.atMs + gapMs, actor, note });
  };
  if (outcome === "REJECTED") {
    add("REJECTED", hours(random, 2, 48), "seller", random.pick(REJECTION_NOTES));
    return steps;
  }
  if (outcome === "AUTO_CANCELLED") {
    add("AUTO_CANCELLED", SELLER_RESPONSE_DAYS * DAY_MS, "system", `No response from the seller within ${SELLER_RESPONSE_DAYS} days`);
    return steps;
  }
  if (outcome === "CANCELLED" && random.chance(0.5)) {
    add("CANCELLED", hours(random, 1, 40), "buyer", random.pick(CANCELLATION_NOTES));
    return steps;
  }
  add("ACCEPTED", hours(random, 1, 48), "seller");
  if (outcome === "CANCELLED") {
    add("CANCELLED", hours(random, 1, 72), "buyer", random.pick(CANCELLATION_NOTES));
    return steps;
  }
  const dispatchDays = Math.max(0.5, random.float(0.2, 0.5) * deliveryDays);
  add("DISPATCHED", Math.round(dispatchDays * DAY_MS), "seller");
  // One delivery in eight is late, by up to three weeks.
  const transitDays = Math.max(0.5, deliveryDays - dispatchDays) * random.float(0.5, 1) + (random.chance(0.12) ? random.float(1, 20) : 0);
  add("DELIVERED", Math.round(transitDays * DAY_MS), "seller");
  add("RECEIVED", hours(random, 2, 48), "consignee");
  if (outcome === "GOODS_REJECTED") {
    add("GOODS_REJECTED", hours(random, 24, 168), "consignee", random.pick(GOODS_REJECTION_NOTES));
    return steps;
  }
  add("GOODS_ACCEPTED", hours(random, 24, 240), "consignee");
  const acceptedAtMs = (steps[steps.length - 1] as Step).atMs;
  add("INVOICED", hours(random, 1, 72), "seller");
  const paidAtMs = Math.max(acceptedAtMs + Math.round(paymentDelayDays(random) * DAY_MS), (steps[steps.length - 1] as Step).atMs + 2 * HOUR_MS);
  steps.push({ status: "PAID", atMs: paidAtMs, actor: "paying", note: null });
  return steps;
}

// The outcome that passes through a given status, for orders built to stand at that status.
export function outcomeThrough(status: OrderStatus): Outcome {
  if (status === "REJECTED" || status === "CANCELLED" || status === "AUTO_CANCELLED" || status === "GOODS_REJECTED") return status;
  return "PAID";
}

// A plan that stands at `status` at nowMs: shifted so that step happened a little before now
// and the next one has not happened yet.
export function planStandingAt(random: Random, status: OrderStatus, nowMs: number, deliveryDays: number): Step[] {
  for (;;) {
    const plan = planLifecycle(random, 0, deliveryDays, outcomeThrough(status));
    const index = plan.findIndex((step) => step.status === status);
    const step = plan[index];
    if (!step) continue;
    const next = plan[index + 1];
    const gap = next ? next.atMs - step.atMs : 30 * DAY_MS;
    const shift = nowMs - step.atMs - Math.min(gap / 2, hours(random, 1, 12));
    return plan.map((candidate) => ({ ...candidate, atMs: Math.round(candidate.atMs + shift) }));
  }
}

export type OrderDates = {
  status: OrderStatus;
  steps: Step[]; // those that have happened by now
  respondByMs: number;
  deliveryDueMs: number;
  acceptedAtMs: number | null;
  dispatchedAtMs: number | null;
  deliveredAtMs: number | null;
  receivedAtMs: number | null;
  goodsAcceptedAtMs: number | null;
  invoicedAtMs: number | null;
  paidAtMs: number | null;
  paymentDueMs: number | null;
  closedAtMs: number | null;
  statusReason: string | null;
};

export function realiseLifecycle(plan: Step[], nowMs: number, deliveryDays: number): OrderDates {
  const steps = plan.filter((step) => step.atMs <= nowMs);
  const at = (status: OrderStatus) => steps.find((step) => step.status === status)?.atMs ?? null;
  const last = steps[steps.length - 1] as Step;
  const placedAtMs = (steps[0] as Step).atMs;
  const goodsAcceptedAtMs = at("GOODS_ACCEPTED");
  return {
    status: last.status,
    steps,
    respondByMs: placedAtMs + SELLER_RESPONSE_DAYS * DAY_MS,
    deliveryDueMs: placedAtMs + deliveryDays * DAY_MS,
    acceptedAtMs: at("ACCEPTED"),
    dispatchedAtMs: at("DISPATCHED"),
    deliveredAtMs: at("DELIVERED"),
    receivedAtMs: at("RECEIVED"),
    goodsAcceptedAtMs,
    invoicedAtMs: at("INVOICED"),
    paidAtMs: at("PAID"),
    paymentDueMs: goodsAcceptedAtMs === null ? null : goodsAcceptedAtMs + PAYMENT_DUE_DAYS * DAY_MS,
    closedAtMs: TERMINAL_STATUSES.has(last.status) ? last.atMs : null,
    statusReason: TERMINAL_STATUSES.has(last.status) ? last.note : null,
  };
}
