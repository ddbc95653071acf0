import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { RejectListingSchema } from "@/lib/admin/listing-review-schemas";
import { countListingsAwaitingApproval, getListingForReview, listListingsForReview } from "@/lib/admin/listing-review";
import { importListings } from "@/lib/catalogue/import/import-listings";
import { approveListing, rejectListing } from "@/lib/catalogue/review-listing";
import { FieldValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { desktopRow, listingCsv, sareeRow, type CsvCells } from "../factories/listing-csv";
import { setUpTestDatabase } from "../support/test-database";
import { actorByEmail, actorWithRoles, adminActor, contextOf, createPendingSeller, placesIn } from "./admin-fixtures";
import { expectRefusedUnchanged } from "./seller-fixtures";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

// Listings of the demo MSE seller (verified, Bhopal, Madhya Pradesh) waiting for approval.
async function pendingListings(...rows: CsvCells[]): Promise<number[]> {
  const seller = contextOf(await actorByEmail(db(), "mse.seller@kraya.demo"));
  const result = await importListings(db(), seller, { uploadToken: randomBytes(18).toString("base64url"), fileName: "t.csv", bytes: listingCsv(rows) });
  const listings = await db().listing.findMany({ where: { importId: result.importId }, orderBy: { id: "asc" }, select: { id: true } });
  return listings.map((listing) => listing.id);
}

const admin = async (email = "admin.mp@kraya.demo") => contextOf(await actorByEmail(db(), email));
const inSearch = async (listingId: number) => (await db().listingSearch.count({ where: { listingId } })) === 1;

describe("listing approval", () => {
  it("approves a pending listing: visible to buyers, audited, and the seller is told in the portal and by e-mail", async () => {
    const [listingId] = (await pendingListings(desktopRow(1))) as [number];
    const outboxBefore = await db().emailOutbox.count({ where: { kind: "listing.approved" } });
    const ctx = await admin();
    await approveListing(db(), ctx, { listingId });

    expect(await db().listing.findUniqueOrThrow({ where: { id: listingId } })).toMatchObject({ status: "APPROVED", reviewedById: ctx.actor?.userId });
    expect((await db().listing.findUniqueOrThrow({ where: { id: listingId } })).approvedAt).not.toBeNull();
    expect(await inSearch(listingId)).toBe(true);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Listing", entityId: String(listingId), action: "listing.approved" } });
    expect(audit).toMatchObject({ before: expect.objectContaining({ status: "PENDING_APPROVAL" }), after: expect.objectContaining({ status: "APPROVED" }) });

    const sellerAdmins = await db().user.findMany({ where: { seller: { users: { some: { email: "mse.seller@kraya.demo" } } }, isActive: true, roles: { some: { role: "SELLER_ADMIN" } } } });
    const notifications = await db().notification.findMany({ where: { kind: "listing.approved", link: `/seller/listings/${listingId}` } });
    expect(notifications.map((notification) => notification.userId).sort()).toEqual(sellerAdmins.map((user) => user.id).sort());
    expect(notifications[0]?.params).toEqual({ listingId, title: "Office desktop computer model 1" });
    expect(await db().emailOutbox.count({ where: { kind: "listing.approved" } })).toBe(outboxBefore + sellerAdmins.length);
  });

  it("keeps an approved listing hidden while it has no stock or its seller is not verified", async () => {
    const [outOfStock] = (await pendingListings(sareeRow(2, { stock: "0" }))) as [number];
    await approveListing(db(), await admin(), { listingId: outOfStock });
    expect(await inSearch(outOfStock)).toBe(false);

    const places = await placesIn(db(), "MP");
    const { seller } = await createPendingSeller(db(), places.home);
    const unverified = await db().listing.create({
      data: { sellerId: seller.id, categoryId: (await db().category.findUniqueOrThrow({ where: { slug: "handloom-cotton-sarees" } })).id, kind: "PRODUCT", title: "Unverified seller's saree", pricePaise: 100_000n, mrpPaise: 120_000n, stockQuantity: 5, status: "PENDING_APPROVAL", submittedAt: new Date() },
    });
    await approveListing(db(), await admin(), { listingId: unverified.id });
    expect(await db().listing.findUniqueOrThrow({ where: { id: unverified.id } })).toMatchObject({ status: "APPROVED" });
    expect(await inSearch(unverified.id)).toBe(false);
  });

  it("rejects with a reason code and a note the seller reads; OTHER needs a note", async () => {
    const [listingId] = (await pendingListings(sareeRow(3))) as [number];
    await rejectListing(db(), await admin("admin@kraya.demo"), { listingId, reasonCode: "SPEC_MISMATCH", note: "The length is 6.3 m on the label" });
    expect(await db().listing.findUniqueOrThrow({ where: { id: listingId } })).toMatchObject({ status: "REJECTED", rejectionReasonCode: "SPEC_MISMATCH", rejectionNote: "The length is 6.3 m on the label", approvedAt: null });
    expect(await inSearch(listingId)).toBe(false);
    const notification = await db().notification.findFirstOrThrow({ where: { kind: "listing.rejected", link: `/seller/listings/${listingId}` } });
    expect(notification.params).toMatchObject({ reasonCode: "SPEC_MISMATCH" });
    expect(notification.body).toContain("The specifications do not match the product");
    expect(await db().auditEvent.count({ where: { entityId: String(listingId), action: "listing.rejected" } })).toBe(1);
    expect(await db().emailOutbox.count({ where: { kind: "listing.rejected", body: { contains: "6.3 m" } } })).toBeGreaterThan(0);

    expect(RejectListingSchema.safeParse({ listingId, reasonCode: "OTHER" }).error?.issues[0]?.message).toBe("listingReview.errors.noteRequired");
  });

  it("decides a listing only once", async () => {
    const [listingId] = (await pendingListings(sareeRow(4))) as [number];
    const ctx = await admin();
    await approveListing(db(), ctx, { listingId });
    await expectRefusedUnchanged(db(), () => rejectListing(db(), ctx, { listingId, reasonCode: "POOR_IMAGES" }), FieldValidationError);
    await expectRefusedUnchanged(db(), () => approveListing(db(), ctx, { listingId }), FieldValidationError);
    const draft = await db().listing.update({ where: { id: ((await pendingListings(sareeRow(5))) as [number])[0] }, data: { status: "DRAFT" } });
    await expectRefusedUnchanged(db(), () => approveListing(db(), ctx, { listingId: draft.id }), FieldValidationError);
  });

  it("lets only admins whose area holds the seller decide or see the listing", async () => {
    const [listingId] = (await pendingListings(sareeRow(5))) as [number];
    const bihar = await admin("admin.br@kraya.demo");
    const places = await placesIn(db(), "MP");
    const seller = await db().seller.findFirstOrThrow({ where: { users: { some: { email: "mse.seller@kraya.demo" } } } });
    const otherDistrict = contextOf(await adminActor(db(), "DISTRICT", { stateId: places.home.stateId, districtId: seller.districtId === places.otherDistrict.districtId ? places.home.districtId : places.otherDistrict.districtId }));
    const buyer = contextOf(await actorWithRoles(db(), ["BUYER"]));
    const sellerUser = contextOf(await actorByEmail(db(), "mse.seller@kraya.demo"));
    for (const outsider of [bihar, otherDistrict]) {
      await expectRefusedUnchanged(db(), () => approveListing(db(), outsider, { listingId }), NotFoundError);
      await expectRefusedUnchanged(db(), () => rejectListing(db(), outsider, { listingId, reasonCode: "WRONG_CATEGORY" }), NotFoundError);
      await expect(getListingForReview(db(), outsider, listingId)).rejects.toBeInstanceOf(NotFoundError);
      expect((await listListingsForReview(db(), outsider, {})).listings.map((listing) => listing.id)).not.toContain(listingId);
    }
    await expectRefusedUnchanged(db(), () => approveListing(db(), contextOf(null), { listingId }), UnauthenticatedError);
    await expectRefusedUnchanged(db(), () => approveListing(db(), buyer, { listingId }), ForbiddenError);
    await expectRefusedUnchanged(db(), () => approveListing(db(), sellerUser, { listingId }), ForbiddenError);
    expect((await getListingForReview(db(), await admin(), listingId)).canDecide).toBe(true);
  });

  it("lists the area's pending listings oldest first, by category, market and seller group", async () => {
    const [desktop, saree] = (await pendingListings(desktopRow(6), sareeRow(6))) as [number, number];
    const ctx = await admin();
    const all = await listListingsForReview(db(), ctx, {});
    const submitted = all.listings.map((listing) => listing.submittedAt?.getTime() ?? 0);
    expect(submitted).toEqual([...submitted].sort((a, b) => a - b));
    expect(all.total).toBe(await countListingsAwaitingApproval(db(), ctx));
    const allIds = (await listListingsForReview(db(), ctx, { page: all.pageCount })).listings.map((listing) => listing.id);
    expect(allIds).toContain(saree);

    const handloom = await listListingsForReview(db(), ctx, { market: "HANDLOOM", page: 1 });
    expect(handloom.listings.every((listing) => listing.category.market === "HANDLOOM")).toBe(true);
    const computers = await db().category.findUniqueOrThrow({ where: { slug: "desktop-computers" }, select: { parentId: true } });
    const byRoot = await listListingsForReview(db(), ctx, { categoryId: computers.parentId ?? undefined, sellerType: "isWomenOwned", page: 1 });
    expect(byRoot.listings.map((listing) => listing.id)).toContain(desktop);
    expect((await listListingsForReview(db(), ctx, { sellerType: "isShg" })).listings.map((listing) => listing.id)).not.toContain(desktop);
  });
});
