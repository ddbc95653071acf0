import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { ListingNotSubmittableError, submitListingForApproval } from "@/lib/catalogue/submit-listing";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { listSellerListings } from "@/lib/sellers/list-seller-listings";
import { listingEligibility } from "@/lib/sellers/listing-eligibility";
import { registerSeller } from "@/lib/sellers/register-seller";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { setUpTestDatabase } from "../support/test-database";
import { actorFor, contextOf, expectRefusedUnchanged, registrationInput } from "./seller-fixtures";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

async function sellerWithDraft(state: { verified: boolean; complete: boolean }) {
  const input = await registrationInput(db(), state.complete ? {} : { ifsc: undefined, bankAccountNumber: undefined });
  const { sellerId, userId } = await registerSeller(db(), contextOf(null), input);
  if (state.verified) await db().seller.update({ where: { id: sellerId }, data: { verificationStatus: "VERIFIED", verifiedAt: new Date() } });
  const category = await db().category.findFirstOrThrow({ select: { id: true } });
  const listing = await db().listing.create({ data: { sellerId, categoryId: category.id, kind: "PRODUCT", title: "Cotton dhurrie", pricePaise: 125_000n, mrpPaise: 150_000n } });
  const owner = await loadActor(db(), userId);
  return { sellerId, listingId: listing.id, owner };
}

describe("listing eligibility", () => {
  it("needs a verified seller with a complete profile", () => {
    expect(listingEligibility({ verificationStatus: "VERIFIED", profileCompleteness: 100 })).toEqual({ canGoLive: true, reasons: [] });
    expect(listingEligibility({ verificationStatus: "PENDING", profileCompleteness: 80 })).toEqual({ canGoLive: false, reasons: ["notVerified", "incomplete"] });
  });
});

describe("submitListingForApproval", () => {
  it("moves an eligible seller's draft to awaiting approval, with an audit event", async () => {
    const { listingId, owner, sellerId } = await sellerWithDraft({ verified: true, complete: true });
    await submitListingForApproval(db(), contextOf(owner), listingId);
    expect((await db().listing.findUniqueOrThrow({ where: { id: listingId } })).status).toBe("PENDING_APPROVAL");
    expect(await db().auditEvent.count({ where: { action: "listing.submitted", entityId: String(listingId), sellerId, actorRole: "SELLER_ADMIN" } })).toBe(1);
    await expectRefusedUnchanged(db(), () => submitListingForApproval(db(), contextOf(owner), listingId), ListingNotSubmittableError);
  });

  it("lets seller staff submit too", async () => {
    const { listingId, sellerId } = await sellerWithDraft({ verified: true, complete: true });
    const staff = await db().user.create({ data: { email: `staff.${sellerId}@example.in`, name: "Staff", passwordHash: await hashPassword("Staff-pass-1"), sellerId, roles: { create: { role: "SELLER_STAFF" } } } });
    await submitListingForApproval(db(), contextOf(await loadActor(db(), staff.id)), listingId);
    expect((await db().listing.findUniqueOrThrow({ where: { id: listingId } })).status).toBe("PENDING_APPROVAL");
  });

  it.each([
    [{ verified: false, complete: true }, ["notVerified"]],
    [{ verified: true, complete: false }, ["incomplete"]],
    [{ verified: false, complete: false }, ["notVerified", "incomplete"]],
  ])("refuses a seller that is %j, saying why, changing nothing", async (state, reasons) => {
    const { listingId, owner } = await sellerWithDraft(state);
    const error = await submitListingForApproval(db(), contextOf(owner), listingId).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ListingNotSubmittableError);
    expect((error as ListingNotSubmittableError).reasons).toEqual(reasons);
    await expectRefusedUnchanged(db(), () => submitListingForApproval(db(), contextOf(owner), listingId), ListingNotSubmittableError);
  });

  it.each([
    ["another seller's administrator", "mse.seller@kraya.demo", NotFoundError],
    ["a facilitator", "facilitator@kraya.demo", ForbiddenError],
    ["a buyer", "buyer@kraya.demo", ForbiddenError],
    ["a national admin", "admin@kraya.demo", ForbiddenError],
    ["an anonymous visitor", null, UnauthenticatedError],
  ] as const)("refuses %s, changing nothing", async (_, email, errorClass) => {
    const { listingId } = await sellerWithDraft({ verified: true, complete: true });
    const actor = email ? await actorFor(db(), email) : null;
    await expectRefusedUnchanged(db(), () => submitListingForApproval(db(), contextOf(actor), listingId), errorClass);
  });
});

describe("listSellerListings", () => {
  it("shows a seller only their own listings, with whether they can go live", async () => {
    const { owner, listingId } = await sellerWithDraft({ verified: false, complete: true });
    const listings = await listSellerListings(db(), contextOf(owner));
    expect(listings).toMatchObject({ total: 1, rows: [{ id: listingId, status: "DRAFT", pricePaise: 125_000n }], eligibility: { canGoLive: false, reasons: ["notVerified"] } });
    const demo = await actorFor(db(), "mse.seller@kraya.demo");
    const theirs = await listSellerListings(db(), contextOf(demo));
    expect(theirs.rows.map((row) => row.id)).not.toContain(listingId);
    expect(theirs.total).toBe(await db().listing.count({ where: { sellerId: demo.sellerId ?? -1 } }));
  });

  it("refuses people who are not a seller's users", async () => {
    await expect(listSellerListings(db(), contextOf(await actorFor(db(), "buyer@kraya.demo")))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listSellerListings(db(), contextOf(null))).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
