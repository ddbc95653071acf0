import type { Prisma } from "../db/generated/client";
import type { BuyingMode, MseClass, OrderStatus } from "../db/generated/enums";

// One order as one OCDS 1.1 release (docs/open-data.md): a catalogue order is awarded and
// contracted in one step, so each release carries the award and the contract together.

// A publisher's OCID prefix is registered with the Open Contracting Partnership; a
// deployment must register its own and put it here. Registered prefixes are "ocds-" and six
// characters, so this five-character placeholder cannot be mistaken for anyone's.
export const OCID_PREFIX = "ocds-kraya";

export const RELEASE_ORDER = {
  id: true, number: true, status: true, buyingMode: true, totalPaise: true,
  placedAt: true, acceptedAt: true, deliveryDueAt: true, closedAt: true,
  // The seller as it was when the order was placed, so the export does not move when a profile changes.
  sellerMseClass: true, sellerIsWomenOwned: true, sellerIsScStOwned: true, sellerIsShg: true,
  buyerOrganisation: { select: { id: true, name: true } },
  seller: { select: { id: true, legalName: true } },
  items: {
    select: { id: true, title: true, quantity: true, unitPricePaise: true, category: { select: { slug: true, name: true, unit: true } } },
    orderBy: { id: "asc" },
  },
} as const satisfies Prisma.OrderSelect;

export type ReleaseOrder = Prisma.OrderGetPayload<{ select: typeof RELEASE_ORDER }>;

type AwardStatus = "pending" | "active" | "cancelled" | "unsuccessful";
type ContractStatus = "pending" | "active" | "cancelled" | "terminated";

// OCDS 1.1 codelists: a contract is "cancelled" if it ends before it was ever in force (the
// seller never accepted) and "terminated" once it was in force and has come to an end,
// completed (paid) or not (goods rejected, cancelled after acceptance).
const STATUSES: Record<OrderStatus, { award: AwardStatus; contract: ContractStatus }> = {
  PLACED: { award: "pending", contract: "pending" },
  REJECTED: { award: "unsuccessful", contract: "cancelled" },
  AUTO_CANCELLED: { award: "unsuccessful", contract: "cancelled" },
  CANCELLED: { award: "cancelled", contract: "cancelled" },
  ACCEPTED: { award: "active", contract: "active" },
  DISPATCHED: { award: "active", contract: "active" },
  DELIVERED: { award: "active", contract: "active" },
  RECEIVED: { award: "active", contract: "active" },
  GOODS_ACCEPTED: { award: "active", contract: "active" },
  INVOICED: { award: "active", contract: "active" },
  GOODS_REJECTED: { award: "active", contract: "terminated" },
  PAID: { award: "active", contract: "terminated" },
};

function ocdsStatuses(order: Pick<ReleaseOrder, "status" | "acceptedAt">): { award: AwardStatus; contract: ContractStatus } {
  // A buyer may cancel after the seller accepted (before dispatch): the contract was in force.
  if (order.status === "CANCELLED" && order.acceptedAt) return { award: "active", contract: "terminated" };
  return STATUSES[order.status];
}

// OCDS procurementMethod codelist: a direct purchase names one seller; L1 compares at least
// three sellers' offers without an open call (limited); a bid is an open call.
const METHODS: Record<BuyingMode, { procurementMethod: string; procurementMethodDetails: string }> = {
  DIRECT: { procurementMethod: "direct", procurementMethodDetails: "Direct purchase (GFR 149)" },
  L1: { procurementMethod: "limited", procurementMethodDetails: "L1 purchase (GFR 149)" },
  BID: { procurementMethod: "open", procurementMethodDetails: "Bid" },
};

// The partyScale extension's codes: Udyam's small and medium both fall in "sme"; a seller
// that declared it is not an MSME is "large". Kraya's MSE (micro or small) needs the class itself.
export const SCALES: Record<MseClass, "micro" | "sme" | "large"> = { MICRO: "micro", SMALL: "sme", MEDIUM: "sme", NOT_MSME: "large" };

// OCDS amounts are numbers of rupees. Dividing integer paise by 100 gives the double nearest
// to the exact decimal, the same one JSON.parse reads from "42480.5", so nothing is lost.
export function paiseToRupees(paise: bigint): number {
  if (paise > BigInt(Number.MAX_SAFE_INTEGER) || paise < -BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${paise} paise is beyond exact numbers`);
  return Number(paise) / 100;
}

const inr = (paise: bigint) => ({ amount: paiseToRupees(paise), currency: "INR" });
const iso = (date: Date | null) => date?.toISOString();

export function toOcdsRelease(order: ReleaseOrder) {
  const statuses = ocdsStatuses(order);
  const buyer = { id: `buyer-${order.buyerOrganisation.id}`, name: order.buyerOrganisation.name };
  const supplier = { id: `seller-${order.seller.id}`, name: order.seller.legalName };
  const items = order.items.map((item) => ({
    id: String(item.id),
    description: item.title,
    classification: { scheme: "x_KRAYA", id: item.category.slug, description: item.category.name },
    quantity: item.quantity,
    // The unit price before GST; the award's and contract's values include GST.
    unit: { name: item.category.unit, value: inr(item.unitPricePaise) },
  }));
  const value = inr(order.totalPaise);
  const period = order.acceptedAt || order.deliveryDueAt ? { startDate: iso(order.acceptedAt), endDate: iso(order.deliveryDueAt) } : undefined;
  return {
    ocid: `${OCID_PREFIX}-${order.number}`,
    // Each change of the OCDS state is a new release of the same ocid; one order passes a
    // contract status at most once, so the status makes the release id unique.
    id: `${order.number}-${statuses.contract}`,
    date: (order.closedAt ?? order.acceptedAt ?? order.placedAt).toISOString(),
    tag: ["award", "contract"],
    initiationType: "tender",
    language: "en",
    parties: [
      { ...buyer, roles: ["buyer"] },
      {
        ...supplier,
        roles: ["supplier"],
        details: {
          ...(order.sellerMseClass && { scale: SCALES[order.sellerMseClass] }),
          x_kraya_mseClass: order.sellerMseClass,
          x_kraya_isWomenOwned: order.sellerIsWomenOwned,
          x_kraya_isScStOwned: order.sellerIsScStOwned,
          x_kraya_isShg: order.sellerIsShg,
        },
      },
    ],
    buyer,
    tender: { id: order.number, ...METHODS[order.buyingMode] },
    awards: [{ id: order.number, status: statuses.award, date: order.placedAt.toISOString(), value, suppliers: [supplier], items }],
    contracts: [{ id: order.number, awardID: order.number, status: statuses.contract, period, value, items, dateSigned: iso(order.acceptedAt) }],
  };
}

export type OcdsRelease = ReturnType<typeof toOcdsRelease>;
