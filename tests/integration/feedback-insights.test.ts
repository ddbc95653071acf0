import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ActionContext } from "@/lib/auth/context";
import { ForbiddenError } from "@/lib/errors";
import { getFeedbackInsights } from "@/lib/feedback/feedback-insights";
import { sendFeedback, type SendFeedbackInput } from "@/lib/feedback/send-feedback";
import { signFormStart } from "@/lib/feedback/sender-signals";
import { fileStorage } from "@/lib/media/file-storage";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorByEmail, actorWithRoles, adminActor } from "./admin-fixtures";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;
// Nothing is stored: no screenshots here.
const storage = fileStorage("/nonexistent");

// A period years after the seed's feedback, so the figures are those of this small set alone.
const NOW = new Date("2035-05-20T06:00:00Z");

async function send(actor: Actor | null, createdAt: string, input: Pick<SendFeedbackInput, "category" | "rating" | "text">) {
  const now = new Date(createdAt);
  const ctx: ActionContext = { actor, ip: "192.0.2.44", now };
  const startedAt = signFormStart(new Date(now.getTime() - 30_000));
  await sendFeedback(db(), ctx, { formKey: randomBytes(16).toString("base64url"), page: "/search", startedAt, locale: "en", screenshot: null, ...input }, storage);
}

describe("feedback insights", () => {
  it("counts volume and average ratings by category, state, IST month and status, with the common words", async () => {
    const buyer = await actorByEmail(db(), "buyer@kraya.demo");
    const bihar = await db().seller.findFirstOrThrow({ where: { state: { code: "BR" } }, select: { id: true } });
    const seller = await actorWithRoles(db(), ["SELLER_ADMIN"], { sellerId: bihar.id });
    // 23:30 IST on 28 February: before the three months that end in May.
    await send(buyer, "2035-02-28T18:00:00Z", { category: "search", rating: 5, text: "Outside the period entirely." });
    // 00:30 IST on 1 March, and 01:30 IST on 1 April.
    await send(buyer, "2035-02-28T19:00:00Z", { category: "search", rating: 4, text: "Search filters by district, please." });
    await send(null, "2035-03-31T20:00:00Z", { category: "search", rating: 2, text: "District filters are missing in search." });
    await send(seller, "2035-04-15T09:00:00Z", { category: "payments", rating: undefined, text: "Payment status should show the bank reference." });
    await send(buyer, "2035-05-19T09:00:00Z", { category: "payments", rating: 3, text: "भुगतान की स्थिति में बैंक संदर्भ दिखाएं।" });

    const national = { actor: await actorByEmail(db(), "admin@kraya.demo"), ip: null, now: NOW };
    const insights = await getFeedbackInsights(db(), national, { months: 3 });
    expect(insights.from).toEqual(new Date("2035-02-28T18:30:00Z"));
    expect(insights.total).toEqual({ count: 4, rated: 3, averageRating: 3 });
    expect(insights.byCategory).toEqual([
      { category: "payments", count: 2, rated: 1, averageRating: 3 },
      { category: "search", count: 2, rated: 2, averageRating: 3 },
    ]);
    expect(insights.byMonth).toEqual([
      { month: "2035-03", count: 1, rated: 1, averageRating: 4 },
      { month: "2035-04", count: 2, rated: 1, averageRating: 2 },
      { month: "2035-05", count: 1, rated: 1, averageRating: 3 },
    ]);
    const office = await db().user.findUniqueOrThrow({ where: { id: buyer.userId }, select: { office: { select: { stateId: true } } } });
    const buyerStateId = office.office!.stateId;
    expect(insights.byState).toEqual(expect.arrayContaining([
      expect.objectContaining({ stateId: buyerStateId, count: 2, rated: 2, averageRating: 3.5 }),
      { stateId: null, name: null, nameHi: null, count: 1, rated: 1, averageRating: 2 },
      { stateId: expect.any(Number), name: "Bihar", nameHi: "बिहार", count: 1, rated: 0, averageRating: null },
    ]));
    expect(insights.byState).toHaveLength(3);
    expect(insights.byStatus).toEqual([{ status: "NEW", count: 4 }]);
    const words = new Map(insights.words.map((row) => [row.category, row.words]));
    expect(words.get("search")).toEqual([
      { word: "district", count: 2 }, { word: "filters", count: 2 }, { word: "search", count: 2 }, { word: "missing", count: 1 },
    ]);
    const paymentWords = words.get("payments") ?? [];
    expect(paymentWords).toHaveLength(8);
    expect(paymentWords.every((word) => word.count === 1)).toBe(true);
    expect(paymentWords.map((word) => word.word)).toEqual(expect.arrayContaining(["bank", "payment", "reference", "status"]));
    expect(paymentWords.map((word) => word.word)).not.toContain("की");

    // A state admin's figures are their state's: no anonymous feedback, no other state.
    const stateAdmin = { actor: await adminActor(db(), "STATE", { stateId: buyerStateId }), ip: null, now: NOW };
    const own = await getFeedbackInsights(db(), stateAdmin, { months: 3 });
    expect(own.total).toEqual({ count: 2, rated: 2, averageRating: 3.5 });
    expect(own.byState.map((row) => row.stateId)).toEqual([buyerStateId]);

    await expect(getFeedbackInsights(db(), { actor: buyer, ip: null, now: NOW }, { months: 3 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
