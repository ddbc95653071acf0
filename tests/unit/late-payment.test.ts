import { describe, expect, it } from "vitest";
import { daysUntil } from "@/lib/orders/buying-rules";
import { latePayment } from "@/lib/orders/late-payment";

const due = new Date("2026-12-01T18:29:59.999Z");

describe("late payment", () => {
  it("charges nothing when paid on or before the due time", () => {
    expect(latePayment(40_000_00n, due, new Date("2026-11-28T10:00:00Z"))).toEqual({ daysLate: 0, interestPaise: 0n });
    expect(latePayment(40_000_00n, due, due)).toEqual({ daysLate: 0, interestPaise: 0n });
  });

  it("charges 1 % a month by the day: Rs 40,000 paid 15 days late is Rs 200", () => {
    expect(latePayment(40_000_00n, due, new Date(due.getTime() + 15 * 86_400_000))).toEqual({ daysLate: 15, interestPaise: 200_00n });
  });

  it("counts a part day as a day and rounds to the paisa", () => {
    // Rs 1,23,456.78 for 1 day: 12345678 x 100 / 300000 = 4115.226 paise, so Rs 41.15
    expect(latePayment(1_23_456_78n, due, new Date(due.getTime() + 60_000))).toEqual({ daysLate: 1, interestPaise: 41_15n });
  });

  it("counts the days left to a deadline, and the days past it, a part day as a day", () => {
    const now = new Date("2026-11-21T12:00:00Z");
    expect(daysUntil(new Date("2026-11-24T06:00:00Z"), now)).toBe(3);
    expect(daysUntil(new Date("2026-11-21T13:00:00Z"), now)).toBe(1);
    expect(daysUntil(new Date("2026-11-21T11:00:00Z"), now)).toBe(-1);
    expect(daysUntil(new Date("2026-11-19T12:00:00Z"), now)).toBe(-2);
  });
});
