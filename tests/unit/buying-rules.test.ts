import { describe, expect, it } from "vitest";
import { lineGstPaise } from "@/lib/money/gst";
import { buyingModeFor } from "@/lib/orders/buying-rules";

describe("buying modes by order value (GFR 149, July 2024)", () => {
  it("allows direct purchase up to Rs 50,000 inclusive, L1 up to Rs 10 lakh inclusive, and a bid above", () => {
    expect(buyingModeFor(50_000_00n)).toBe("DIRECT");
    expect(buyingModeFor(50_000_01n)).toBe("L1");
    expect(buyingModeFor(10_00_000_00n)).toBe("L1");
    expect(buyingModeFor(10_00_000_01n)).toBe("BID");
  });
});

describe("GST on an order line", () => {
  it("is charged on the line's value and rounded to the nearest paisa, half up", () => {
    expect(lineGstPaise(5_000_00n, 1800)).toBe(900_00n);
    expect(lineGstPaise(1_23n, 500)).toBe(6n);
    expect(lineGstPaise(1_30n, 500)).toBe(7n);
    expect(lineGstPaise(999n, 0)).toBe(0n);
  });
});
