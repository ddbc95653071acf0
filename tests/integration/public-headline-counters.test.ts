import { describe, expect, it } from "vitest";
import { getPublicHeadlineCounters } from "@/lib/reporting/get-public-headline-counters";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase();

describe("the public headline figures", () => {
  it("are computed once a minute and say when", async () => {
    const start = Date.parse("2026-11-21T10:00:00Z");
    const first = await getPublicHeadlineCounters(database().db, start);
    expect(first.asOf.getTime()).toBe(start);
    expect(first.counters.sellers).toBe(0);

    await database().db.buyerOrganisation.create({
      data: {
        name: "Directorate of Education",
        type: "STATE_DEPARTMENT",
        verificationStatus: "VERIFIED",
        department: { create: { name: "Department of Education", nameHi: "शिक्षा विभाग" } },
      },
    });

    expect(await getPublicHeadlineCounters(database().db, start + 59_000)).toBe(await getPublicHeadlineCounters(database().db, start));
    const fresh = await getPublicHeadlineCounters(database().db, start + 60_000);
    expect(fresh.counters.buyerOrganisations).toBe(1);
    expect(fresh.asOf.getTime()).toBe(start + 60_000);
  });
});
