import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/admin/audit-log";
import type { ActionContext } from "@/lib/auth/context";
import { awardBid } from "@/lib/bids/award-bid";
import { getBidForBuyer, getBidForSeller, getPublicBid } from "@/lib/bids/bid-views";
import { answerClarification, askClarification, listClarifications } from "@/lib/bids/clarifications";
import { createBid } from "@/lib/bids/create-bid";
import { answerRepresentation, evaluateOffer, makeRepresentation } from "@/lib/bids/evaluate-offers";
import { openFinancialOffers } from "@/lib/bids/open-financial";
import { publishBid } from "@/lib/bids/publish-bid";
import { placeAuctionBid, startAuction } from "@/lib/bids/reverse-auction";
import { readOffers, SealedBidError } from "@/lib/bids/sealed-offers";
import { submitOffer, withdrawOffer } from "@/lib/bids/submit-offer";
import { FieldValidationError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorWithRoles, adminActor, contextOf } from "./admin-fixtures";
import { at } from "./bid-fixtures";
import { after, deskBidForm, deskBidParties, deskOfferForm, firstLeafCategoryId, publishDeskBid, T0, type DeskBidParties } from "./desk-bid";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

const parties = () => deskBidParties(db());
const categoryId = () => firstLeafCategoryId(db());
const draftForm = (consigneeUserId: number, overrides: Record<string, unknown> = {}) => deskBidForm(consigneeUserId, 1, overrides);
const offerForm = deskOfferForm;
const publishedBid = (p: DeskBidParties, overrides: Record<string, unknown> = {}) => publishDeskBid(db(), p.buyer, p.consignee.userId, overrides);

describe("creating and publishing a bid", () => {
  it("drafts once for a double submission, refuses a custom bid at Rs 5 lakh or below, and needs 10 days for offers", async () => {
    const p = await parties();
    const form = { ...draftForm(p.consignee.userId), categoryId: await categoryId() };
    const [first, second] = await Promise.all([createBid(db(), at(p.buyer, T0), form), createBid(db(), at(p.buyer, T0), form)]);
    expect(second.id).toBe(first.id);
    const bid = await db().bid.findUniqueOrThrow({ where: { id: first.id } });
    expect(bid.estimatedValuePaise).toBe(24_99_999_92n);
    expect(bid.status).toBe("DRAFT");
    await expect(getBidForSeller(db(), at(p.mse, T0), first.id)).rejects.toBeInstanceOf(NotFoundError);

    const custom = { ...draftForm(p.consignee.userId, { type: "CUSTOM", justification: "No catalogue category describes this bespoke item.", itemEstimates: ["4000"] }), categoryId: await categoryId() };
    await expect(createBid(db(), at(p.buyer, T0), custom)).rejects.toMatchObject({ fieldErrors: { type: "bids.errors.customMinimum" } });

    await expect(publishBid(db(), at(p.buyer, after(3)), first.id)).rejects.toMatchObject({ fieldErrors: { form: "bids.errors.tooSoon" } });
    await publishBid(db(), at(p.buyer, T0), first.id);
    expect((await db().bid.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("PUBLISHED");
  });

  it("reads a BOQ file into items and names a wrong file", async () => {
    const p = await parties();
    const csv = "Item,Quantity,Unit,Estimated unit price,GST %,Specifications\nSteel almirah,20,Nos,\"18,000\",18,Height: 1980 mm; Shelves: 4\nFiling cabinet,10,Nos,9500,12,\n";
    const created = await createBid(db(), at(p.buyer, T0), { ...draftForm(p.consignee.userId, { type: "BOQ", boqCsv: csv, itemTitles: [] }), categoryId: await categoryId() });
    const items = await db().bidItem.findMany({ where: { bidId: created.id }, orderBy: { id: "asc" } });
    expect(items.map((item) => [item.title, item.quantity, item.estimatedUnitPricePaise, item.gstRateBps, item.specifications])).toEqual([
      ["Steel almirah", 20, 18_000_00n, 1800, { Height: "1980 mm", Shelves: "4" }],
      ["Filing cabinet", 10, 9_500_00n, 1200, {}],
    ]);
    const wrong = { ...draftForm(p.consignee.userId, { type: "BOQ", boqCsv: "Item,Quantity\nDesk,ten\n", itemTitles: [] }), categoryId: await categoryId() };
    await expect(createBid(db(), at(p.buyer, T0), wrong)).rejects.toMatchObject({ fieldErrors: { boqCsv: "bids.errors.boqCsv" } });
  });
});

describe("alerts and clarifications", () => {
  it("alerts the category's followers on publication, and shows every bidder the questions and answers but not who asked", async () => {
    const p = await parties();
    const follower = await db().user.findFirstOrThrow({ where: { sellerId: p.firm.actor!.sellerId! }, select: { id: true } });
    await db().catalogueFollow.create({ data: { userId: follower.id, categoryId: await categoryId() } });
    const bid = await publishedBid(p);
    expect(await db().notification.count({ where: { userId: follower.id, kind: "bid.published", params: { path: ["number"], equals: bid.number } } })).toBe(1);

    await askClarification(db(), at(p.mse, after(1)), { bidId: bid.id, question: "May the desks have a laminate finish instead of veneer?" });
    const [question] = await listClarifications(db(), bid.id);
    expect(question).not.toHaveProperty("sellerId");
    await expect(answerClarification(db(), at(p.firm, after(2)), { clarificationId: question!.id, answer: "Yes." })).rejects.toBeInstanceOf(ForbiddenError);
    await answerClarification(db(), at(p.buyer, after(2)), { clarificationId: question!.id, answer: "Yes, a laminate finish of at least 0.8 mm is acceptable." });
    const shgView = await getBidForSeller(db(), at(p.shg, after(3)), bid.id);
    expect(shgView.clarifications.map((row) => [row.question, row.answer])).toEqual([
      ["May the desks have a laminate finish instead of veneer?", "Yes, a laminate finish of at least 0.8 mm is acceptable."],
    ]);
    await expect(askClarification(db(), at(p.shg, after(6)), { bidId: bid.id, question: "Is a delivery in two lots acceptable?" })).rejects.toMatchObject({ fieldErrors: { question: "bids.errors.clarificationPassed" } });
  });
});

describe("sealed offers", () => {
  it("shows nobody any offer or their number before the opening, and the seller only its own", async () => {
    const p = await parties();
    const bid = await publishedBid(p);
    await submitOffer(db(), at(p.mse, after(2)), offerForm(bid, "20000", { emdReference: undefined, declaredTurnover: undefined }));
    await submitOffer(db(), at(p.firm, after(3)), offerForm(bid, "19000", { localContentPercent: 60 }));
    const admin = contextOf(await adminActor(db(), "NATIONAL"));

    await expect(readOffers(db(), at(p.buyer, after(12, 29)), bid.id)).rejects.toBeInstanceOf(SealedBidError);
    await expect(readOffers(db(), at(admin, after(12, 29)), bid.id)).rejects.toBeInstanceOf(SealedBidError);
    const buyerView = await getBidForBuyer(db(), at(p.buyer, after(4)), bid.id);
    expect(buyerView.sealed).toBe(true);
    expect(buyerView.offers).toEqual([]);
    const publicView = await getPublicBid(db(), bid.number, after(4));
    expect(publicView.offers).toEqual([]);
    const audit = await listAuditEvents(db(), at(admin, after(4)), {});
    expect(audit.events.filter((event) => event.entityType === "BidOffer")).toEqual([]);
    const mseView = await getBidForSeller(db(), at(p.mse, after(4)), bid.id);
    expect(mseView.offer?.totalPaise).toBe(23_60_000_00n);
    const shgView = await getBidForSeller(db(), at(p.shg, after(4)), bid.id);
    expect(shgView.offer).toBeNull();

    const opened = await readOffers(db(), at(p.buyer, after(20)), bid.id);
    expect(opened.map((offer) => offer.status)).toEqual(["SUBMITTED", "SUBMITTED"]);
    expect(opened.every((offer) => offer.totalPaise === null && offer.items.length === 0)).toBe(true);
  });

  it("extends the deadline once when fewer offers than the minimum arrive, then opens", async () => {
    const p = await parties();
    const bid = await publishedBid(p);
    await submitOffer(db(), at(p.mse, after(1)), offerForm(bid, "20000"));
    const extended = await getBidForBuyer(db(), at(p.buyer, after(12, 1)), bid.id);
    expect(extended.bid.isDeadlineExtended).toBe(true);
    expect(extended.bid.submissionDeadline).toEqual(after(19));
    expect(extended.bid.status).toBe("PUBLISHED");
    await submitOffer(db(), at(p.firm, after(15)), offerForm(bid, "19000"));
    const opened = await getBidForBuyer(db(), at(p.buyer, after(19, 31)), bid.id);
    expect(opened.bid.status).toBe("TECHNICAL_EVALUATION");
    expect(opened.bid.submissionDeadline).toEqual(after(19));
    expect(opened.offers).toHaveLength(2);
  });

  it("takes revisions until the deadline, refuses a withdrawn offer again, and checks eligibility", async () => {
    const p = await parties();
    const bid = await publishedBid(p);
    await expect(submitOffer(db(), at(p.firm, after(1)), offerForm(bid, "19000", { declaredTurnover: "100000", emdReference: undefined }))).rejects.toMatchObject({
      fieldErrors: { declaredTurnover: "bids.errors.turnover", emdReference: "bids.errors.emd" },
    });
    const mseExempt = await submitOffer(db(), at(p.mse, after(1)), offerForm(bid, "20000", { declaredTurnover: undefined, declaredExperienceYears: undefined, emdReference: undefined }));
    expect(mseExempt.revision).toBe(0);
    expect((await submitOffer(db(), at(p.mse, after(2)), offerForm(bid, "19500"))).revision).toBe(1);
    await withdrawOffer(db(), at(p.mse, after(3)), bid.id);
    await expect(submitOffer(db(), at(p.mse, after(4)), offerForm(bid, "19000"))).rejects.toMatchObject({ fieldErrors: { form: "bids.errors.withdrawn" } });
    await expect(submitOffer(db(), at(p.firm, after(20)), offerForm(bid, "19000"))).rejects.toMatchObject({ fieldErrors: { form: "bids.errors.submissionClosed" } });
  });
});

describe("who may act", () => {
  it("refuses every wrong role and every other organisation's or seller's record", async () => {
    const p = await parties();
    const bid = await publishedBid(p);
    await submitOffer(db(), at(p.firm, after(1)), offerForm(bid, "19000"));
    const otherOrganisation = await db().buyerOrganisation.findFirstOrThrow({ where: { verificationStatus: "VERIFIED", id: { not: p.buyer.actor!.organisationId! } }, select: { id: true } });
    const outsider = contextOf(await actorWithRoles(db(), ["BUYER"], { organisationId: otherOrganisation.id }));
    const staff = contextOf(await actorWithRoles(db(), ["SELLER_STAFF"], { sellerId: p.mse.actor!.sellerId! }));
    const consignee = contextOf(p.consignee);
    const admin = contextOf(await adminActor(db(), "NATIONAL"));

    await expect(createBid(db(), at(consignee, T0), { ...draftForm(p.consignee.userId), categoryId: await categoryId() })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishBid(db(), at(p.firm, T0), bid.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getBidForBuyer(db(), at(outsider, after(1)), bid.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readOffers(db(), at(outsider, after(20)), bid.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitOffer(db(), at(p.buyer, after(1)), offerForm(bid, "1"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitOffer(db(), at(staff, after(1)), offerForm(bid, "1"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitOffer(db(), at(admin, after(1)), offerForm(bid, "1"))).rejects.toBeInstanceOf(ForbiddenError);

    const offer = await db().bidOffer.findFirstOrThrow({ where: { bidId: bid.id } });
    await getBidForBuyer(db(), at(p.buyer, after(13)), bid.id);
    await expect(evaluateOffer(db(), at(p.firm, after(13)), { offerId: offer.id, decision: "QUALIFY" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(evaluateOffer(db(), at(outsider, after(13)), { offerId: offer.id, decision: "QUALIFY" })).rejects.toBeInstanceOf(NotFoundError);
    await evaluateOffer(db(), at(p.buyer, after(13)), { offerId: offer.id, decision: "REJECT", reasonCode: "DOCUMENTS_MISSING", note: "The ISI certificate was not attached." });
    await expect(makeRepresentation(db(), at(p.mse, after(13)), { offerId: offer.id, representation: "This is not my offer but I try to represent it." })).rejects.toBeInstanceOf(NotFoundError);
    await expect(openFinancialOffers(db(), at(p.firm, after(13)), bid.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(startAuction(db(), at(p.mse, after(13)), bid.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(awardBid(db(), at(p.firm, after(13)), { bidId: bid.id, idempotencyKey: randomBytes(12).toString("base64url"), payingAuthorityUserId: p.paying.userId, budgetHead: "2202" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(placeAuctionBid(db(), at(p.buyer, after(13)), { bidId: bid.id, total: 1n })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("evaluation, reverse auction, preferences and award", () => {
  it("runs a Rs 25 lakh bid from offers to orders: a rejection answered, the auction extended, the MSE preference applied", async () => {
    const p = await parties();
    const bid = await publishedBid(p);
    await submitOffer(db(), at(p.firm, after(2)), offerForm(bid, "19500", { localContentPercent: 60 }));
    await submitOffer(db(), at(p.mse, after(3)), offerForm(bid, "20500"));
    await submitOffer(db(), at(p.shg, after(4)), offerForm(bid, "19900", { emdReference: "UTR-EMD-0042" }));

    const opened = await getBidForBuyer(db(), at(p.buyer, after(13)), bid.id);
    const offerOf = (ctx: ActionContext) => opened.offers.find((offer) => offer.seller.id === ctx.actor!.sellerId)!;
    await evaluateOffer(db(), at(p.buyer, after(13)), { offerId: offerOf(p.firm).id, decision: "QUALIFY" });
    await evaluateOffer(db(), at(p.buyer, after(13)), { offerId: offerOf(p.mse).id, decision: "QUALIFY" });
    await evaluateOffer(db(), at(p.buyer, after(13)), { offerId: offerOf(p.shg).id, decision: "REJECT", reasonCode: "DOCUMENTS_MISSING", note: "The test certificate was not attached." });
    const told = await db().notification.findMany({ where: { kind: "bid.rejected", user: { sellerId: p.shg.actor!.sellerId } } });
    expect(told.length).toBeGreaterThan(0);

    await expect(openFinancialOffers(db(), at(p.buyer, after(14)), bid.id)).rejects.toMatchObject({ fieldErrors: { form: "bids.errors.representationsPending" } });
    await makeRepresentation(db(), at(p.shg, after(14)), { offerId: offerOf(p.shg).id, representation: "The certificate was uploaded as page 4 of the technical document." });
    await expect(makeRepresentation(db(), at(p.shg, after(14)), { offerId: offerOf(p.shg).id, representation: "Sending the same representation a second time." })).rejects.toBeInstanceOf(FieldValidationError);
    await answerRepresentation(db(), at(p.buyer, after(15)), { offerId: offerOf(p.shg).id, upheld: "no", reply: "Page 4 is a price list, not the test certificate." });
    await openFinancialOffers(db(), at(p.buyer, after(15)), bid.id);

    const ranked = await readOffers(db(), at(p.buyer, after(15)), bid.id);
    expect(ranked.filter((offer) => offer.status === "QUALIFIED").map((offer) => [offer.seller.id, offer.rank, offer.totalPaise])).toEqual([
      [p.firm.actor!.sellerId, 1, 23_01_000_00n],
      [p.mse.actor!.sellerId, 2, 24_19_000_00n],
    ]);

    const key = randomBytes(12).toString("base64url");
    await expect(awardBid(db(), at(p.buyer, after(15)), { bidId: bid.id, idempotencyKey: key, payingAuthorityUserId: p.paying.userId, budgetHead: "2202" })).rejects.toMatchObject({ fieldErrors: { form: "bids.errors.auctionFirst" } });
    const start = after(15, 60);
    await startAuction(db(), at(p.buyer, start), bid.id);
    await expect(placeAuctionBid(db(), at(p.shg, after(15, 61)), { bidId: bid.id, total: 1n })).rejects.toMatchObject({ fieldErrors: { total: "bids.errors.notInAuction" } });
    await expect(placeAuctionBid(db(), at(p.mse, after(15, 61)), { bidId: bid.id, total: 23_00_000_00n })).rejects.toMatchObject({ fieldErrors: { total: "bids.errors.decrementNotMet" } });
    const early = await placeAuctionBid(db(), at(p.mse, after(15, 62)), { bidId: bid.id, total: 22_89_000_00n });
    expect(early).toMatchObject({ rank: 1, extended: false });
    const late = await placeAuctionBid(db(), at(p.firm, after(15, 88)), { bidId: bid.id, total: 22_50_000_00n });
    expect(late.extended).toBe(true);
    expect(late.endsAt).toEqual(after(15, 93));
    await expect(placeAuctionBid(db(), at(p.mse, after(15, 94)), { bidId: bid.id, total: 20_00_000_00n })).rejects.toMatchObject({ fieldErrors: { total: "bids.errors.auctionClosed" } });

    const { orders } = await awardBid(db(), at(p.buyer, after(16)), { bidId: bid.id, idempotencyKey: key, payingAuthorityUserId: p.paying.userId, budgetHead: "2202" });
    const again = await awardBid(db(), at(p.buyer, after(16)), { bidId: bid.id, idempotencyKey: key, payingAuthorityUserId: p.paying.userId, budgetHead: "2202" });
    expect(again.orders).toEqual(orders);
    const placed = await db().order.findMany({ where: { bidId: bid.id }, orderBy: { totalPaise: "desc" }, include: { items: true } });
    expect(placed.map((order) => [order.sellerId, order.buyingMode, order.status, order.items[0]?.quantity, order.totalPaise])).toEqual([
      [p.firm.actor!.sellerId, "BID", "PLACED", 75, 16_87_500_00n],
      [p.mse.actor!.sellerId, "BID", "PLACED", 25, 5_62_500_00n],
    ]);
    expect((await db().bid.findUniqueOrThrow({ where: { id: bid.id } })).status).toBe("AWARDED");
    const result = await getPublicBid(db(), bid.number, after(16));
    expect(result.offers.map((offer) => offer.status)).toEqual(["QUALIFIED", "QUALIFIED", "DISQUALIFIED"]);
  });
});

describe("Make in India preference and the tie rule", () => {
  it("ranks equal prices by the earlier offer and lets a Class-I supplier within 20 % match L1 and win", async () => {
    const p = await parties();
    const bid = await publishedBid(p, { hasReverseAuction: false, reverseAuctionRule: undefined, auctionMinutes: undefined, auctionDecrementPercent: undefined });
    await submitOffer(db(), at(p.shg, after(2)), offerForm(bid, "19000", { localContentPercent: 30 }));
    await submitOffer(db(), at(p.firm, after(1)), offerForm(bid, "19000", { localContentPercent: 30 }));
    await submitOffer(db(), at(p.mse, after(3)), offerForm(bid, "22800", { localContentPercent: 75 }));
    const opened = await getBidForBuyer(db(), at(p.buyer, after(13)), bid.id);
    for (const offer of opened.offers) await evaluateOffer(db(), at(p.buyer, after(13)), { offerId: offer.id, decision: "QUALIFY" });
    await openFinancialOffers(db(), at(p.buyer, after(13)), bid.id);
    const ranked = await readOffers(db(), at(p.buyer, after(13)), bid.id);
    expect(ranked.map((offer) => [offer.seller.id, offer.rank])).toEqual([[p.firm.actor!.sellerId, 1], [p.shg.actor!.sellerId, 2], [p.mse.actor!.sellerId, 3]]);

    await awardBid(db(), at(p.buyer, after(14)), { bidId: bid.id, idempotencyKey: randomBytes(12).toString("base64url"), payingAuthorityUserId: p.paying.userId, budgetHead: "2202" });
    const orders = await db().order.findMany({ where: { bidId: bid.id }, include: { items: true } });
    expect(orders.map((order) => [order.sellerId, order.items[0]?.quantity, order.totalPaise])).toEqual([[p.mse.actor!.sellerId, 100, 22_42_000_00n]]);
  });
});
