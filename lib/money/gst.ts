// GST on an order line, in paise, rounded to the nearest paisa (half up). It is charged on the
// line's value (unit price x quantity), not unit by unit, so that lines and totals add up.
export function lineGstPaise(lineValuePaise: bigint, gstRateBps: number): bigint {
  return (lineValuePaise * BigInt(gstRateBps) + 5_000n) / 10_000n;
}
