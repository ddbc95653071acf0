import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db, Tx } from "../db/client";
import type { BuyingMode } from "../db/generated/enums";
import { lineGstPaise } from "../money/gst";
import { buyingModeFor } from "../orders/buying-rules";
import { requireCartBuyer } from "./cart-buyer";

type Named = { name: string; nameHi: string };

export type CartLine = {
  listingId: number;
  categoryId: number;
  title: string;
  unit: string;
  quantity: number;
  minOrderQuantity: number;
  unitPricePaise: bigint;
  unitMrpPaise: bigint;
  gstRateBps: number;
  valuePaise: bigint;
  gstPaise: bigint;
  deliveryDays: number;
  // Still on sale with enough stock; otherwise the line cannot be ordered as it stands.
  isAvailable: boolean;
};

// One seller's part of the cart: it becomes one order, and its value decides how it may be
// bought (lib/orders/buying-rules.ts).
export type CartOrder = {
  seller: { id: number; name: string; state: Named };
  lines: CartLine[];
  valuePaise: bigint;
  gstPaise: bigint;
  totalPaise: bigint;
  mode: BuyingMode;
};

export type Cart = { orders: CartOrder[]; totalPaise: bigint; lineCount: number };

export async function getCart(db: Db, ctx: ActionContext): Promise<Cart> {
  const { userId } = await requireCartBuyer(db, ctx);
  return readCart(db, userId);
}

// The cart of a user who has been checked already (getCart, placing orders).
export async function readCart(db: Db | Tx, userId: number): Promise<Cart> {
  const items = await db.cartItem.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      quantity: true,
      listing: {
        select: {
          id: true, title: true, categoryId: true, pricePaise: true, mrpPaise: true, gstRateBps: true, minOrderQuantity: true, stockQuantity: true, deliveryDays: true,
          category: { select: { unit: true } },
          seller: { select: { id: true, legalName: true, tradeName: true, state: { select: { name: true, nameHi: true } } } },
        },
      },
    },
  });
  const listingIds = items.map((item) => item.listing.id);
  const visible = new Set((await db.listingSearch.findMany({ where: { listingId: { in: listingIds } }, select: { listingId: true } })).map((row) => row.listingId));
  const bySeller = new Map<number, CartOrder>();
  for (const { quantity, listing } of items) {
    const valuePaise = listing.pricePaise * BigInt(quantity);
    const line: CartLine = {
      listingId: listing.id,
      categoryId: listing.categoryId,
      title: listing.title,
      unit: listing.category.unit,
      quantity,
      minOrderQuantity: listing.minOrderQuantity,
      unitPricePaise: listing.pricePaise,
      unitMrpPaise: listing.mrpPaise,
      gstRateBps: listing.gstRateBps,
      valuePaise,
      gstPaise: lineGstPaise(valuePaise, listing.gstRateBps),
      deliveryDays: listing.deliveryDays,
      isAvailable: visible.has(listing.id) && quantity >= listing.minOrderQuantity && quantity <= listing.stockQuantity,
    };
    const { seller } = listing;
    const order = bySeller.get(seller.id) ?? { seller: { id: seller.id, name: seller.tradeName ?? seller.legalName, state: seller.state }, lines: [], valuePaise: 0n, gstPaise: 0n, totalPaise: 0n, mode: "DIRECT" };
    order.lines.push(line);
    order.valuePaise += line.valuePaise;
    order.gstPaise += line.gstPaise;
    order.totalPaise = order.valuePaise + order.gstPaise;
    order.mode = buyingModeFor(order.totalPaise);
    bySeller.set(seller.id, order);
  }
  const orders = [...bySeller.values()];
  return { orders, totalPaise: orders.reduce((sum, order) => sum + order.totalPaise, 0n), lineCount: items.length };
}
