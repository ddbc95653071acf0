import type { BuyingMode, OrderStatus } from "../../lib/db/generated/enums";
import { BidWriter } from "./bids";
import type { BuyerIndex, BuyerOrganisation } from "./buyers";
import type { Catalogue } from "./listings";
import { STATE_WEIGHT } from "./names";
import { pickOutcome, planLifecycle, planStandingAt, realiseLifecycle, type Step } from "./order-lifecycle";
import { writeOrder, type OrderLine } from "./order-records";
import { Random, WeightedPicker } from "./random";
import {
  DAY_MS, DIRECT_PURCHASE_LIMIT_PAISE, HOUR_MS, L1_PURCHASE_LIMIT_PAISE, SIZE_PER_SCALE,
  financialYearCode, listFinancialYears, padNumber, scaledCount, toOfficeHours,
} from "./seed-config";
import type { ReferenceData, SeedContext } from "./seed-context";
import type { SellerRef } from "./sellers";

// Orders over the financial years 2023-24 to 2026-27, growing year by year. MSE sellers take
// about half the orders of general goods and services (seeds: 51.55 % of GMV); buyers are
// central, of the seller's state or of another state (seed 003); the buying mode follows the
// order's value (GFR rule 149).

export const ORDER_STATUSES: readonly OrderStatus[] = [
  "PLACED", "ACCEPTED", "REJECTED", "CANCELLED", "AUTO_CANCELLED", "DISPATCHED", "DELIVERED", "RECEIVED",
  "GOODS_ACCEPTED", "GOODS_REJECTED", "INVOICED", "PAID",
];

type Pool = { sellers: SellerRef[]; picker: WeightedPicker; earliest: SellerRef };

const L1_DEVIATION_REASONS = [
  "Compatibility with existing equipment (GFR 149: recorded justification)",
  "Earlier delivery needed for a public health emergency",
  "L1 seller does not deliver to the consignee's district",
];

function buildPool(sellers: SellerRef[]): Pool | null {
  const earliest = sellers.reduce<SellerRef | null>((best, seller) => (best === null || seller.activeFromMs < best.activeFromMs ? seller : best), null);
  return earliest ? { sellers, picker: new WeightedPicker(sellers.map((seller) => seller.size)), earliest } : null;
}

class OrderFactory {
  private readonly sequenceByYear = new Map<string, number>();
  private readonly cheapestBySeller = new Map<number, number>();
  private readonly bids: BidWriter;
  private readonly statePicker: WeightedPicker;

  constructor(
    private readonly ctx: SeedContext,
    private readonly reference: ReferenceData,
    private readonly buyers: BuyerIndex,
    private readonly catalogue: Catalogue,
    private readonly pools: { mse: Pool; other: Pool; special: Pool },
  ) {
    this.bids = new BidWriter(ctx);
    this.statePicker = new WeightedPicker(reference.states.map((state) => STATE_WEIGHT[state.code] ?? 0.1));
  }

  // The demo buyer's bid open for offers today, for the demo seller's first product category.
  writeDemoOpenBid(seller: SellerRef | undefined): void {
    const listingId = seller ? this.catalogue.approvedBySeller.get(seller.id)?.[0] : undefined;
    const leaf = listingId === undefined ? undefined : this.catalogue.leafById.get(this.catalogue.categoryId[listingId] ?? 0);
    if (listingId === undefined || !leaf) return;
    this.bids.writeOpen({
      organisation: this.buyers.demo, categoryId: leaf.id, itemTitle: this.catalogue.titles[listingId] ?? leaf.node.name, unit: leaf.node.unit ?? "piece",
      unitPricePaise: Math.round((this.catalogue.pricePaise[listingId] ?? 1_000_00) / 100) * 100, nowMs: this.ctx.nowMs,
    });
  }

  createRegular(random: Random, placedAtMs: number): void {
    const isSpecial = random.chance(0.12);
    const pool = isSpecial ? this.pools.special : random.chance(0.53) ? this.pools.mse : this.pools.other;
    const target: BuyingMode = isSpecial ? random.weighted([["DIRECT", 85], ["L1", 15]] as const) : random.weighted([["DIRECT", 70], ["L1", 28.5], ["BID", 1.5]] as const);
    const budgetRupees = target === "DIRECT" ? random.logUniform(1_500, 45_000) : target === "L1" ? random.logUniform(55_000, 450_000) : random.logUniform(1_200_000, 12_000_000);
    const seller = this.pickSeller(random, pool, placedAtMs, budgetRupees);
    const organisation = this.pickOrganisation(random, seller, target);
    const lines = this.draftLines(random, seller, budgetRupees);
    const deliveryDays = Math.max(...lines.map((line) => this.catalogue.deliveryDays[line.listingId] ?? 7));
    const plan = planLifecycle(random, placedAtMs, deliveryDays, pickOutcome(random));
    this.write(random, { seller, organisation, lines, plan, deliveryDays, rivals: pool });
  }

  // An order from the demo buyer to a demo seller that stands at `status` today.
  createStanding(random: Random, seller: SellerRef, status: OrderStatus, pool: Pool): void {
    const lines = this.draftLines(random, seller, random.chance(0.7) ? random.logUniform(1_500, 45_000) : random.logUniform(55_000, 450_000));
    const deliveryDays = Math.max(...lines.map((line) => this.catalogue.deliveryDays[line.listingId] ?? 7));
    const plan = planStandingAt(random, status, this.ctx.nowMs, deliveryDays);
    this.write(random, { seller, organisation: this.buyers.demo, lines, plan, deliveryDays, rivals: pool });
  }

  private write(random: Random, order: { seller: SellerRef; organisation: BuyerOrganisation; lines: OrderLine[]; plan: Step[]; deliveryDays: number; rivals: Pool }): void {
    const { seller, organisation, lines } = order;
    const placedAtMs = (order.plan[0] as Step).atMs;
    const sum = (pick: (line: OrderLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
    const totalPaise = sum((line) => line.totalPaise);
    const mode: BuyingMode = totalPaise <= DIRECT_PURCHASE_LIMIT_PAISE ? "DIRECT" : totalPaise <= L1_PURCHASE_LIMIT_PAISE ? "L1" : "BID";
    const bidId = mode !== "BID" ? null : this.bids.write(random, {
      organisationId: organisation.id, buyerUserId: organisation.buyerUserId, consigneeUserId: organisation.consigneeUserId, winner: seller,
      rivals: Array.from({ length: random.int(2, 4) }, () => order.rivals.sellers[order.rivals.picker.pick(random)] as SellerRef),
      categoryId: (lines[0] as OrderLine).categoryId, totalPaise, deliveryDays: order.deliveryDays, deliveryAddress: organisation.deliveryAddress, placedAtMs,
      lines: lines.map((line) => ({ title: line.title, unit: this.catalogue.leafById.get(line.categoryId)?.node.unit ?? "piece", quantity: line.quantity, unitPricePaise: line.unitPricePaise })),
    });
    const year = financialYearCode(placedAtMs);
    const sequence = (this.sequenceByYear.get(year) ?? 0) + 1;
    this.sequenceByYear.set(year, sequence);
    writeOrder(this.ctx, random, {
      id: this.ctx.tables.order.nextId(), number: `KRY-${year}-${padNumber(sequence, 7)}`, mode, organisation, seller, bidId, lines,
      subtotalPaise: sum((line) => line.quantity * line.unitPricePaise), taxPaise: sum((line) => line.taxPaise), totalPaise,
      mrpTotalPaise: sum((line) => line.quantity * line.unitMrpPaise), placedAtMs,
      dates: realiseLifecycle(order.plan, this.ctx.nowMs, order.deliveryDays),
      l1DeviationReason: mode === "L1" && random.chance(0.03) ? random.pick(L1_DEVIATION_REASONS) : null,
      // Orders just under the direct-purchase limit are how a requirement gets split (GFR 157).
      isSplitSuspected: mode === "DIRECT" && totalPaise > 0.9 * DIRECT_PURCHASE_LIMIT_PAISE && random.chance(0.2),
    });
  }

  // A seller active by then, and one that sells something within the budget: an office
  // buying within the direct-purchase limit does not go to a seller of buses.
  private pickSeller(random: Random, pool: Pool, placedAtMs: number, budgetRupees: number): SellerRef {
    let best: SellerRef | null = null;
    for (let attempt = 0; attempt < 16; attempt++) {
      const seller = pool.sellers[pool.picker.pick(random)] as SellerRef;
      if (seller.activeFromMs > placedAtMs) continue;
      if (this.cheapestPaise(seller) <= budgetRupees * 100) return seller;
      if (best === null || this.cheapestPaise(seller) < this.cheapestPaise(best)) best = seller;
    }
    return best ?? pool.earliest;
  }

  private cheapestPaise(seller: SellerRef): number {
    let cheapest = this.cheapestBySeller.get(seller.id);
    if (cheapest === undefined) {
      cheapest = Math.min(...(this.catalogue.approvedBySeller.get(seller.id) ?? []).map((listingId) => this.catalogue.pricePaise[listingId] ?? 0));
      this.cheapestBySeller.set(seller.id, cheapest);
    }
    return cheapest;
  }

  // Central buyers with an office where the seller delivers, buyers of the seller's own state,
  // or buyers of another state it delivers to. Big contracts are mostly central (seed 003).
  private pickOrganisation(random: Random, seller: SellerRef, target: BuyingMode): BuyerOrganisation {
    const relation = random.weighted(target === "BID" ? ([["central", 70], ["same", 20], ["other", 10]] as const) : ([["central", 45], ["same", 40], ["other", 15]] as const));
    const delivers = seller.deliveryStateIds;
    const otherStates = delivers === null ? null : delivers.filter((stateId) => stateId !== seller.state.id);
    const anyState = () => (this.reference.states[this.statePicker.pick(random)]?.id ?? seller.state.id);
    let stateId = seller.state.id;
    if (relation === "other" || (relation === "central" && random.chance(0.6))) {
      stateId = otherStates === null ? anyState() : otherStates.length > 0 ? random.pick(otherStates) : seller.state.id;
    }
    const group = relation === "central" ? this.buyers.centralByOfficeState.get(stateId) : this.buyers.stateByState.get(stateId);
    const fallback = this.buyers.stateByState.get(seller.state.id) ?? this.buyers.centralByOfficeState.get(seller.state.id);
    const chosen = group ?? fallback;
    if (!chosen) return this.buyers.demo;
    return chosen.organisations[chosen.picker.pick(random)] as BuyerOrganisation;
  }

  private draftLines(random: Random, seller: SellerRef, budgetRupees: number): OrderLine[] {
    const approved = this.catalogue.approvedBySeller.get(seller.id) ?? [];
    const count = random.weighted([[1, 60], [2, 28], [3, 12]] as const);
    const c = this.catalogue;
    const candidates = random.sample(approved, count + 4);
    const fits = (listingId: number) => (c.pricePaise[listingId] ?? 0) <= (budgetRupees * 100) / count;
    const price = (listingId: number) => c.pricePaise[listingId] ?? 0;
    const tooDear = candidates.filter((listingId) => !fits(listingId)).sort((a, b) => price(a) - price(b));
    const listingIds = [...candidates.filter(fits), ...tooDear].slice(0, count);
    return listingIds.map((listingId) => {
      const unitPricePaise = c.pricePaise[listingId] ?? 0;
      const gstRateBps = c.gstRateBps[listingId] ?? 0;
      const share = (budgetRupees * 100 * random.float(0.6, 1.4)) / listingIds.length;
      const minimum = c.minOrderQuantity[listingId] ?? 1;
      const quantity = Math.min(50_000, Math.max(minimum, Math.round(share / (unitPricePaise * (1 + gstRateBps / 10_000)))));
      const linePaise = quantity * unitPricePaise;
      const taxPaise = Math.round((linePaise * gstRateBps) / 10_000);
      return {
        listingId, categoryId: c.categoryId[listingId] ?? 0, title: c.titles[listingId] ?? "", quantity, unitPricePaise,
        unitMrpPaise: c.mrpPaise[listingId] ?? unitPricePaise, gstRateBps, taxPaise, totalPaise: linePaise + taxPaise,
      };
    });
  }
}

// Placement instants for every regular order, in time order: the financial year by its
// weight (growth), then a day in it, then office hours.
function generatePlacedTimes(random: Random, count: number, nowMs: number): Float64Array {
  const years = listFinancialYears(nowMs);
  const weights = years.map((year) => year.weight);
  const times = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const year = years[random.weightedIndex(weights)];
    if (!year) throw new Error("no financial year before SEED_NOW");
    let at = toOfficeHours(random.float(year.startMs, year.endMs), random.next());
    if (at > nowMs - HOUR_MS) at -= DAY_MS;
    times[index] = at;
  }
  return times.sort();
}

export async function insertOrders(ctx: SeedContext, reference: ReferenceData, buyers: BuyerIndex, sellers: SellerRef[], catalogue: Catalogue): Promise<void> {
  const random = ctx.random.fork("orders");
  const orderable = sellers.filter((seller) => seller.status === "VERIFIED" && catalogue.approvedBySeller.has(seller.id));
  const isMse = (seller: SellerRef) => seller.mseClass === "MICRO" || seller.mseClass === "SMALL";
  const mse = buildPool(orderable.filter((seller) => seller.kind === "GENERAL" && isMse(seller)));
  const other = buildPool(orderable.filter((seller) => seller.kind === "GENERAL" && !isMse(seller)));
  const special = buildPool(orderable.filter((seller) => seller.kind !== "GENERAL"));
  if (!mse || !other || !special) throw new Error("Every seller pool (MSE, other, special) needs at least one verified seller");
  const factory = new OrderFactory(ctx, reference, buyers, catalogue, { mse, other, special });

  const times = generatePlacedTimes(random, scaledCount(SIZE_PER_SCALE.orders, ctx.scale), ctx.nowMs);
  for (const placedAtMs of times) {
    factory.createRegular(random, placedAtMs);
    await ctx.writer.flushIfFull();
  }
  // The demo buyer has orders with both demo sellers in every status.
  for (const demoSeller of sellers.filter((seller) => seller.isDemo)) {
    const pool = demoSeller.kind === "GENERAL" ? mse : special;
    for (const status of ORDER_STATUSES) {
      for (let copy = 0; copy < (demoSeller.kind === "GENERAL" ? 2 : 1); copy++) factory.createStanding(random, demoSeller, status, pool);
    }
  }
  factory.writeDemoOpenBid(sellers.find((seller) => seller.isDemo && seller.kind === "GENERAL"));
}
