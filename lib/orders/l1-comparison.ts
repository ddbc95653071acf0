import "server-only";
import type { Cart } from "../cart/get-cart";
import { findEquivalentOffers, type EquivalentOffer } from "../catalogue/compare-offers";
import { L1_MINIMUM_OFFERS } from "../catalogue/equivalence";
import type { Db } from "../db/client";

// What an L1 purchase rests on, line by line: the equivalent offers that deliver to the
// buyer's state, lowest first, whether there are enough of them (three, from different
// sellers) and whether the line in the cart is the lowest. Placing the order checks the same
// against the consignee's state (place-orders.ts).
export type L1Line = { listingId: number; title: string; offers: EquivalentOffer[]; enough: boolean; isLowest: boolean };

export async function compareCartL1(db: Db, cart: Cart, deliveryStateId: number | null): Promise<Map<number, L1Line>> {
  const lines = cart.orders.filter((order) => order.mode === "L1").flatMap((order) => order.lines);
  const compared = new Map<number, L1Line>();
  for (const line of lines) {
    const { offers } = await findEquivalentOffers(db, line.listingId, deliveryStateId === null ? {} : { deliveryStateId });
    const lowest = offers[0];
    compared.set(line.listingId, {
      listingId: line.listingId,
      title: line.title,
      offers,
      enough: offers.length >= L1_MINIMUM_OFFERS,
      isLowest: lowest !== undefined && (lowest.isThisListing || lowest.pricePaise === line.unitPricePaise),
    });
  }
  return compared;
}
