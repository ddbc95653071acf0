import { describe, expect, it } from "vitest";
import { financialYearCode, financialYearOf } from "@/lib/reporting/financial-year";

describe("financial year (April to March, IST)", () => {
  it("names the year and bounds it at midnight IST", () => {
    const year = financialYearOf(new Date("2026-11-21T10:00:00+05:30"));
    expect(year.label).toBe("2026–27");
    expect(year.start.toISOString()).toBe("2026-03-31T18:30:00.000Z");
    expect(year.end.toISOString()).toBe("2027-03-31T18:30:00.000Z");
  });

  it("puts 00:30 IST on 1 April in the new year although it is still 31 March in UTC", () => {
    expect(financialYearOf(new Date("2026-04-01T00:30:00+05:30")).label).toBe("2026–27");
    expect(financialYearOf(new Date("2026-03-31T23:59:59+05:30")).label).toBe("2025–26");
  });

  it("handles January to March as the end of the previous year's span", () => {
    expect(financialYearOf(new Date("2027-02-15T12:00:00+05:30")).label).toBe("2026–27");
    expect(financialYearOf(new Date("2000-01-01T00:00:00+05:30")).label).toBe("1999–00");
  });

  it("codes the year for contract numbers: 2627 until 23:59 IST on 31 March 2027, then 2728", () => {
    expect(financialYearCode(new Date("2026-11-21T10:00:00+05:30"))).toBe("2627");
    expect(financialYearCode(new Date("2027-03-31T23:59:00+05:30"))).toBe("2627");
    expect(financialYearCode(new Date("2027-04-01T00:30:00+05:30"))).toBe("2728");
  });
});
