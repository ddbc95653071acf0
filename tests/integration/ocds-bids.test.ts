import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/auth/context";
import { awardBid } from "@/lib/bids/award-bid";
import { BidDraftSchema } from "@/lib/bids/bid-schemas";
import { cancelBid } from "@/lib/bids/cancel-bid";
import { createBid } from "@/lib/bids/create-bid";
import { evaluateOffer } from "@/lib/bids/evaluate-offers";
import { openFinancialOffers } from "@/lib/bids/open-financial";
import { bidNumberOfParam, listRecentAwards, publicBidPath, readPublicBid } from "@/lib/bids/public-bids";
import { placeAuctionBid, startAuction } from "@/lib/bids/reverse-auction";
import { submitOffer } from "@/lib/bids/submit-offer";
import { NotFoundError } from "@/lib/errors";
import { findOcdsBidRelease, listOcdsBidReleases } from "@/lib/opendata/list-ocds-bid-releases";
import { BID_EXTENSION } from "@/lib/opendata/ocds-bid-release";
import { seedDatabase, SEED_NOW } from "@/prisma/seed/seed-database";
import { at, istField as ist } from "./bid-fixtures";
import { after, deskBidParties, deskOfferForm, publishDeskBid, T0, type DeskBidParties } from "./desk-bid";
import { validateReleasePackage } from "../support/ocds-validator";
import { asJson, BASE, queryOf, type Json } from "../support/ocds-json";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

const list = async (params: Record<string, string>, now = SEED_NOW, pageSize?: number) => asJson(await listOcdsBidReleases(db(), queryOf(params, now), { baseUrl: BASE, now, pageSize }));
const single = async (number: string, now: Date) => asJson(await findOcdsBidRelease(db(), number, { baseUrl: BASE, now }));

async function allPages(params: Record<string, string>, now = SEED_NOW, pageSize?: number): Promise<Json[]> {
  const pages = [await list(params, now, pageSize)];
  while (pages.at(-1).links?.next) pages.push(await list(Object.fromEntries(new URL(pages.at(-1).links.next).searchParams), now, pageSize));
  return pages;
}

// The bids extension is not part of the core schema the validator holds: its shapes, checked here.
function expectBidsExtensionShape(release: Json) {
  if (!release.bids) return;
  for (const statistic of release.bids.statistics) expect(statistic).toMatchObject({ id: expect.any(String), measure: expect.any(String), value: expect.any(Number) });
  for (const detail of release.bids.details ?? []) {
    expect(detail).toMatchObject({ id: expect.any(String), status: expect.stringMatching(/^(valid|disqualified)$/), tenderers: [{ id: expect.any(String), name: expect.any(String) }] });
  }
}

const parties = () => deskBidParties(db());
const publishedBid = (p: DeskBidParties) => publishDeskBid(db(), p.buyer, p.consignee.userId);
const offerForm = deskOfferForm;

describe("the seeded awarded bids as OCDS releases", () => {
  it("validate against OCDS 1.1.5, page by (publishedAt, id), and publish each result in full", async () => {
    const seeded = await db().bid.findMany({
      where: { publishedAt: { not: null, lt: new Date("2026-11-21T00:00:00+05:30") } },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      select: { number: true, status: true },
    });
    expect(seeded.filter((bid) => bid.status === "AWARDED").length).toBeGreaterThan(3);
    const pages = await allPages({ from: "2020-04-01", to: "2026-11-21" }, SEED_NOW, 3);
    for (const page of pages) {
      expect(validateReleasePackage(page)).toEqual([]);
      expect(page.extensions).toContain(BID_EXTENSION);
      page.releases.forEach(expectBidsExtensionShape);
    }
    const all = pages.flatMap((page) => page.releases);
    expect(all.map((release: Json) => release.tender.id)).toEqual(seeded.map((bid) => bid.number));
    const releases = all.filter((release: Json) => release.tender.x_kraya_status === "AWARDED");
    expect(releases.length).toBe(seeded.filter((bid) => bid.status === "AWARDED").length);
    // A seeded bid still open for offers says nothing of offers.
    for (const running of all.filter((release: Json) => release.tender.x_kraya_status === "PUBLISHED")) {
      expect(running).toMatchObject({ tag: ["tender"], tender: { status: "active" }, parties: [{ roles: ["buyer"] }] });
      expect([running.bids, running.awards, running.tender.numberOfTenderers, running.tender.tenderers]).toEqual([undefined, undefined, undefined, undefined]);
    }
    expect(pages[0].links.next).toMatch(/^https:\/\/kraya\.example\/api\/ocds\/bids\?from=2020-04-01&to=2026-11-21&cursor=/);

    for (const release of releases) {
      const bid = await db().bid.findUniqueOrThrow({
        where: { number: release.tender.id },
        select: { id: true, number: true, offers: { select: { id: true, status: true, totalPaise: true } }, orders: { select: { number: true, totalPaise: true } } },
      });
      expect(release.ocid).toBe(`ocds-kraya-bid-${bid.number.replaceAll("/", "-")}`);
      expect(release.ocid).not.toContain("/");
      expect(release).toMatchObject({ tag: ["tender", "award", "contract"], initiationType: "tender", tender: { status: "complete", procurementMethod: "open", numberOfTenderers: bid.offers.length } });
      expect(release.bids.details).toHaveLength(bid.offers.length);
      const disqualified = bid.offers.filter((offer) => offer.status === "DISQUALIFIED");
      expect(release.bids.statistics.find((s: Json) => s.measure === "disqualifiedBids").value).toBe(disqualified.length);
      for (const offer of disqualified) {
        const detail = release.bids.details.find((d: Json) => d.id === String(offer.id));
        expect(detail.status).toBe("disqualified");
        expect(detail.value).toBeUndefined();
        expect(JSON.stringify(release)).not.toContain(`"amount":${Number(offer.totalPaise) / 100},`);
      }
      expect(release.awards.map((award: Json) => [award.id, award.value.amount])).toEqual(bid.orders.map((order) => [order.number, Number(order.totalPaise) / 100]));
      expect(release.contracts.map((contract: Json) => contract.awardID)).toEqual(bid.orders.map((order) => order.number));
      expect(release.awards.every((award: Json) => award.relatedBids.length === 1)).toBe(true);
    }

    // One bid by its number, slashes and all: the same release, in a package of its own.
    const first = releases[0];
    const one = await single(first.tender.id, SEED_NOW);
    expect(validateReleasePackage(one)).toEqual([]);
    expect(one.uri).toBe(`${BASE}/api/ocds/bids/${encodeURIComponent(first.tender.id)}`);
    expect(one.releases).toEqual([first]);
    expect(bidNumberOfParam(encodeURIComponent(first.tender.id))).toBe(first.tender.id);
    expect(bidNumberOfParam(first.tender.id)).toBe(first.tender.id);
    expect(publicBidPath("KRY/2026/B/0000001")).toBe("/bids/KRY%2F2026%2FB%2F0000001");
  });

  it("answers an unknown number and a draft with not found", async () => {
    await expect(findOcdsBidRelease(db(), "KRY/2026/B/9999999", { baseUrl: BASE, now: SEED_NOW })).rejects.toBeInstanceOf(NotFoundError);
    const p = await parties();
    const category = await db().category.findFirstOrThrow({ where: { parentId: { not: null } }, select: { id: true } });
    const draft = await createBid(db(), at(p.buyer, T0), BidDraftSchema.parse({
      idempotencyKey: randomBytes(12).toString("base64url"), type: "CATALOGUE", title: "A draft nobody may see", categoryId: category.id,
      itemTitles: ["Chair"], itemQuantities: ["5"], itemUnits: ["Nos"], itemEstimates: ["1000"], itemGstRates: ["1800"], itemSpecifications: [""],
      consigneeUserId: p.consignee.userId, deliveryAddress: "Main Office, Arera Hills, Bhopal", deliveryDays: 30, isMseExemptFromCriteria: true,
      isStartupExemptFromCriteria: true, evaluationMethod: "TOTAL_VALUE", hasReverseAuction: false, hasMsePreference: true, hasMakeInIndiaPreference: true,
      minOffers: 1, clarificationDeadline: ist(after(5)), submissionDeadline: ist(after(12)), openingAt: ist(after(12, 30)),
    }));
    await expect(findOcdsBidRelease(db(), draft.number, { baseUrl: BASE, now: after(1) })).rejects.toBeInstanceOf(NotFoundError);
    await cancelBid(db(), at(p.buyer, after(1)), { bidId: draft.id, reason: "Drafted by mistake, never published." });
    await expect(findOcdsBidRelease(db(), draft.number, { baseUrl: BASE, now: after(1) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(readPublicBid(db(), draft.number, after(1))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a bid from publication to award", () => {
  it("publishes nothing of the offers before the award, their number after the opening, and the whole result after the award", async () => {
    const p = await parties();
    const bid = await publishedBid(p);
    await submitOffer(db(), at(p.firm, after(2)), offerForm(bid, "19500", { localContentPercent: 60 }));
    await submitOffer(db(), at(p.mse, after(3)), offerForm(bid, "20500"));
    await submitOffer(db(), at(p.shg, after(4)), offerForm(bid, "19900", { emdReference: "UTR-EMD-0042" }));
    const sellerNames = await db().seller.findMany({ where: { id: { in: [p.firm, p.mse, p.shg].map((ctx) => ctx.actor!.sellerId!) } }, select: { legalName: true } });
    const offerIds = (await db().bidOffer.findMany({ where: { bidId: bid.id }, select: { id: true } })).map((offer) => offer.id);
    // The sealed totals with GST: 19,500, 20,500 and 19,900 a desk for 100 desks, plus 18 %.
    const sealedAmounts = ["2301000", "2419000", "2348200"];
    const expectNoOffers = (text: string) => {
      for (const { legalName } of sellerNames) expect(text).not.toContain(JSON.stringify(legalName).slice(1, -1));
      for (const amount of sealedAmounts) expect(text).not.toContain(amount);
      expect(text).not.toContain("seller-");
      expect(text).not.toMatch(/tenderer|"details"/);
    };

    // Running: the tender, and nothing of the offers, not even how many there are.
    const running = await single(bid.number, after(5));
    expect(validateReleasePackage(running)).toEqual([]);
    const open = running.releases[0];
    expect(open).toMatchObject({
      ocid: `ocds-kraya-bid-${bid.number}`, id: `bid-${bid.number}-published`, date: T0.toISOString(), tag: ["tender"], parties: [{ roles: ["buyer"] }],
      tender: {
        id: bid.number, title: "Supply of 100 office desks", status: "active", x_kraya_status: "PUBLISHED", value: { amount: 2499999.92, currency: "INR" },
        procurementMethod: "open", procurementMethodDetails: "Catalogue bid with reverse auction", submissionMethod: ["electronicSubmission"], awardCriteria: "priceOnly",
        tenderPeriod: { startDate: T0.toISOString(), endDate: after(12).toISOString() }, enquiryPeriod: { endDate: after(5).toISOString() },
        items: [{ id: String(bid.items[0]!.id), description: "Office desk, engineered wood", quantity: 100, unit: { name: "Nos" }, classification: { scheme: "x_KRAYA" } }],
      },
    });
    expect(open.tender.numberOfTenderers).toBeUndefined();
    expect(open.bids).toBeUndefined();
    expect(open.awards).toBeUndefined();
    expectNoOffers(JSON.stringify(running));
    const publicRunning = await readPublicBid(db(), bid.number, after(5));
    expect(publicRunning.result).toBeNull();
    expectNoOffers(JSON.stringify(publicRunning, (_key, value) => (typeof value === "bigint" ? value.toString() : value)));
    const listed = await list({ from: "2026-11-23", to: "2026-11-24" }, after(5));
    expect(listed.releases.map((release: Json) => release.tender.id)).toContain(bid.number);

    // Opened (the clock settles the bid on reading): how many offers, still nothing of them.
    const opened = (await list({ from: "2026-11-23", to: "2026-11-24" }, after(13))).releases.find((release: Json) => release.tender.id === bid.number);
    expect(opened).toMatchObject({ id: `bid-${bid.number}-opened`, tag: ["tenderUpdate"], tender: { status: "active", x_kraya_status: "TECHNICAL_EVALUATION", numberOfTenderers: 3 } });
    expect(opened.bids).toEqual({ statistics: [{ id: "bids", measure: "bids", value: 3 }] });
    expectNoOffers(JSON.stringify(opened));
    for (const id of offerIds) expect(JSON.stringify(opened)).not.toContain(`"id":"${id}"`);

    // Evaluation, the reverse auction, the award: the MSE is L1 after the auction, the Class-I
    // firm matches it, and the MSE keeps 25 % under the MSE preference.
    const offerOf = async (ctx: ActionContext) => db().bidOffer.findUniqueOrThrow({ where: { bidId_sellerId: { bidId: bid.id, sellerId: ctx.actor!.sellerId! } } });
    await evaluateOffer(db(), at(p.buyer, after(13)), { offerId: (await offerOf(p.firm)).id, decision: "QUALIFY" });
    await evaluateOffer(db(), at(p.buyer, after(13)), { offerId: (await offerOf(p.mse)).id, decision: "QUALIFY" });
    await evaluateOffer(db(), at(p.buyer, after(13)), { offerId: (await offerOf(p.shg)).id, decision: "REJECT", reasonCode: "DOCUMENTS_MISSING", note: "The test certificate was not attached." });
    await openFinancialOffers(db(), at(p.buyer, after(16, 1)), bid.id);
    await startAuction(db(), at(p.buyer, after(16, 60)), bid.id);
    await placeAuctionBid(db(), at(p.mse, after(16, 62)), { bidId: bid.id, total: 22_89_000_00n });
    const { orders } = await awardBid(db(), at(p.buyer, after(17)), { bidId: bid.id, idempotencyKey: randomBytes(12).toString("base64url"), payingAuthorityUserId: p.paying.userId, budgetHead: "2202" });
    expect(orders).toHaveLength(2);

    const awardedPackage = await single(bid.number, after(17));
    expect(validateReleasePackage(awardedPackage)).toEqual([]);
    const awarded = awardedPackage.releases[0];
    expectBidsExtensionShape(awarded);
    const [firm, mse, shg] = await Promise.all([offerOf(p.firm), offerOf(p.mse), offerOf(p.shg)]);
    expect(awarded).toMatchObject({ id: `bid-${bid.number}-awarded`, date: after(17).toISOString(), tag: ["tender", "award", "contract"], tender: { status: "complete", numberOfTenderers: 3 } });
    expect(awarded.tender.tenderers).toHaveLength(3);
    expect(awarded.bids.statistics).toEqual([
      { id: "bids", measure: "bids", value: 3 },
      { id: "validBids", measure: "validBids", value: 2 },
      { id: "disqualifiedBids", measure: "disqualifiedBids", value: 1 },
      { id: "lowestValidBidValue", measure: "lowestValidBidValue", value: 2289000, currency: "INR" },
    ]);
    const detail = (id: number) => awarded.bids.details.find((d: Json) => d.id === String(id));
    expect(detail(mse.id)).toMatchObject({ status: "valid", value: { amount: 2289000 }, x_kraya_sealedValue: { amount: 2419000 }, rank: 1, x_kraya_isMse: true, x_kraya_isClassI: false });
    expect(detail(firm.id)).toMatchObject({ status: "valid", value: { amount: 2301000 }, rank: 2, x_kraya_isMse: false, x_kraya_isClassI: true });
    expect(detail(shg.id)).toMatchObject({ status: "disqualified", x_kraya_rejection: { reasonCode: "DOCUMENTS_MISSING", note: "The test certificate was not attached." } });
    expect(detail(shg.id).value).toBeUndefined();
    expect(JSON.stringify(awardedPackage)).not.toContain("2348200");

    const placed = await db().order.findMany({ where: { bidId: bid.id }, orderBy: { id: "asc" }, select: { number: true, sellerId: true, totalPaise: true } });
    const awardOf = (sellerId: number) => awarded.awards.find((award: Json) => award.suppliers[0].id === `seller-${sellerId}`);
    expect(awardOf(firm.sellerId)).toMatchObject({ x_kraya_awardReasons: ["CLASS_I_MATCH"], relatedBids: [String(firm.id)], items: [{ quantity: 75 }] });
    expect(awardOf(mse.sellerId)).toMatchObject({ x_kraya_awardReasons: ["MSE_MATCH"], relatedBids: [String(mse.id)], items: [{ quantity: 25 }] });
    expect(awarded.awards.map((award: Json) => award.value.amount)).toEqual(placed.map((order) => Number(order.totalPaise) / 100));
    expect(awarded.contracts.map((contract: Json) => contract.id)).toEqual(placed.map((order) => order.number));
    expect(awarded.parties.map((party: Json) => [party.id, party.roles])).toEqual(expect.arrayContaining([
      [`seller-${firm.sellerId}`, ["tenderer", "supplier"]],
      [`seller-${mse.sellerId}`, ["tenderer", "supplier"]],
      [`seller-${shg.sellerId}`, ["tenderer"]],
    ]));

    // The public page's reading of the same result: no price of the rejected offer.
    const page = await readPublicBid(db(), bid.number, after(17));
    const result = page.result!;
    expect(result.participants.map((row) => [row.offerId, row.isQualified, row.rank, row.prices, row.rejection?.reason ?? null])).toEqual([
      [mse.id, true, 1, { sealedPaise: 24_19_000_00n, finalPaise: 22_89_000_00n }, null],
      [firm.id, true, 2, { sealedPaise: 23_01_000_00n, finalPaise: 23_01_000_00n }, null],
      [shg.id, false, null, null, "DOCUMENTS_MISSING"],
    ]);
    expect(result.participants.map((row) => [row.isMse, row.isClassI])).toEqual([[true, false], [false, true], [expect.any(Boolean), false]]);
    expect(result.orders.map((order) => [order.sellerId, order.reasons, order.items[0]?.quantity])).toEqual(expect.arrayContaining([
      [firm.sellerId, ["CLASS_I_MATCH"], 75],
      [mse.sellerId, ["MSE_MATCH"], 25],
    ]));
    expect(result.orders).toHaveLength(2);
    expect(result.awardedValuePaise).toBe(placed.reduce((sum, order) => sum + order.totalPaise, 0n));
    const [latest] = await listRecentAwards(db());
    expect(latest).toMatchObject({ number: bid.number, awardedValuePaise: result.awardedValuePaise, awardedAt: after(17) });
  });

  it("publishes a cancelled bid as a tender cancellation, dated by its cancellation, with nothing of its offers", async () => {
    const p = await parties();
    const bid = await publishedBid(p);
    await submitOffer(db(), at(p.firm, after(2)), offerForm(bid, "19500"));
    await cancelBid(db(), at(p.buyer, after(3)), { bidId: bid.id, reason: "The requirement was met from surplus stock." });
    const cancelled = (await single(bid.number, after(20))).releases[0];
    expect(cancelled).toMatchObject({
      id: `bid-${bid.number}-cancelled`, date: after(3).toISOString(), tag: ["tenderCancellation"],
      tender: { status: "cancelled", x_kraya_cancellationReason: "The requirement was met from surplus stock." },
    });
    expect(cancelled.tender.numberOfTenderers).toBeUndefined();
    expect(cancelled.bids).toBeUndefined();
  });
});
