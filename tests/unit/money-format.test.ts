import { describe, expect, it } from "vitest";
import { bpsAsPercent, compactRupees, formatIndianNumber, formatRupees } from "@/lib/money/format";

describe("money in Indian grouping", () => {
  it("groups digits the Indian way", () => {
    expect(formatIndianNumber(149422)).toBe("1,49,422");
    expect(formatIndianNumber(29_80_000)).toBe("29,80,000");
  });

  it("shows paise as rupees, rounding half up", () => {
    expect(formatRupees(14_942_200n)).toBe("Rs 1,49,422");
    expect(formatRupees(14_942_250n)).toBe("Rs 1,49,423");
    expect(formatRupees(14_942_250n, { withPaise: true })).toBe("Rs 1,49,422.50");
    expect(formatRupees(-5_000n)).toBe("-Rs 50");
    expect(formatRupees(0)).toBe("Rs 0");
  });

  it("states large figures in crore and lakh, as the seeds do", () => {
    // Seed 002: GMV of Rs 42,201 crore.
    expect(compactRupees(42_201n * 10_000_000n * 100n)).toEqual({ value: "42,201", unit: "crore" });
    // Seed 000: Tourism saved Rs 46.19 lakh.
    expect(compactRupees(4_619_000n * 100n)).toEqual({ value: "46.19", unit: "lakh" });
    expect(compactRupees(99_999n * 100n)).toEqual({ value: "99,999", unit: null });
  });

  it("stays exact beyond the range of floating point", () => {
    expect(formatRupees(123_456_789_012_345_678n)).toBe("Rs 1,23,45,67,89,01,23,457");
  });

  it("states basis points as a percentage without floating point", () => {
    // Seed 000: 51.55 per cent of GMV transacted by MSMEs.
    expect(bpsAsPercent(5_155)).toBe("51.55");
    expect(bpsAsPercent(5_155, 1)).toBe("51.6");
    expect(bpsAsPercent(1_685, 1)).toBe("16.9");
    expect(bpsAsPercent(6_667, 1)).toBe("66.7");
    expect(bpsAsPercent(-5)).toBe("-0.05");
    expect(bpsAsPercent(0, 1)).toBe("0.0");
    expect(bpsAsPercent(10_000)).toBe("100.00");
  });
});
