// Which side of an order raised an incident: the seller's side when the raiser belongs to
// the order's seller, else the buyer's.
export function incidentSide(raisedBySellerId: number | null, orderSellerId: number): "buyer" | "seller" {
  return raisedBySellerId === orderSellerId ? "seller" : "buyer";
}
