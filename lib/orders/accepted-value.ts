import { lineGstPaise } from "../money/gst";

type Line = { quantity: number; acceptedQuantity: number | null; unitPricePaise: bigint; gstRateBps: number };

// What the buyer owes for the goods it accepted: each line's accepted quantity (all of it
// when no quantity was recorded) at its price, with GST per line as at checkout.
export function acceptedValue(lines: Line[]): { valuePaise: bigint; gstPaise: bigint } {
  let valuePaise = 0n;
  let gstPaise = 0n;
  for (const line of lines) {
    const value = line.unitPricePaise * BigInt(line.acceptedQuantity ?? line.quantity);
    valuePaise += value;
    gstPaise += lineGstPaise(value, line.gstRateBps);
  }
  return { valuePaise, gstPaise };
}
