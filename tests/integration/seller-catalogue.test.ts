import { describe, expect, it } from "vitest";
import { ListingStatusError } from "@/lib/catalogue/change-listing-status";
import { cloneListing } from "@/lib/catalogue/clone-listing";
import { createListing } from "@/lib/catalogue/create-listing";
import { pauseListing } from "@/lib/catalogue/pause-listing";
import { resumeListing } from "@/lib/catalogue/resume-listing";
import { updateListing } from "@/lib/catalogue/update-listing";
import { refreshListingSearch } from "@/lib/search/refresh-listing-search";
import { FieldValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { setUpTestDatabase } from "../support/test-database";
import { listingInput, specCategory } from "./listing-fixtures";
import { actorFor, contextOf, expectRefusedUnchanged } from "./seller-fixtures";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;
const seller = () => actorFor(db(), "mse.seller@kraya.demo");

// The demo MSE seller is verified with a complete profile: its edits go to the approval queue.
async function approvedListing() {
  const owner = await seller();
  const { listingId } = await createListing(db(), contextOf(owner), await listingInput(db()));
  await db().listing.update({ where: { id: listingId }, data: { status: "APPROVED", approvedAt: new Date(), submittedAt: new Date() } });
  return { owner, listingId };
}

const indexed = (listingId: number) => db().listingSearch.count({ where: { listingId } });

describe("createListing", () => {
  it("creates a draft with its category's kind, specifications, Make in India class and delivery areas", async () => {
    const owner = await seller();
    const input = await listingInput(db(), { localContentPercent: 30, delivery: { scope: "STATES", stateIds: [] } });
    const states = await db().state.findMany({ take: 2, select: { id: true }, orderBy: { id: "asc" } });
    const { listingId } = await createListing(db(), contextOf(owner), { ...input, delivery: { scope: "STATES", stateIds: states.map((s) => s.id) } });
    const listing = await db().listing.findUniqueOrThrow({ where: { id: listingId }, include: { deliveryAreas: true } });
    expect(listing).toMatchObject({ status: "DRAFT", kind: "PRODUCT", sellerId: owner.sellerId, makeInIndiaClass: "CLASS_II", pricePaise: 125_000n, mrpPaise: 150_000n });
    expect(listing.specifications).toEqual(input.specifications);
    expect(listing.deliveryAreas.map((area) => [area.stateId, area.districtId])).toEqual(states.map((s) => [s.id, null]));
    expect(await db().auditEvent.count({ where: { action: "listing.created", entityId: String(listingId), sellerId: owner.sellerId } })).toBe(1);
    expect(await indexed(listingId)).toBe(0);
  });

  it("delivers all over India as one area per state, and to chosen districts with their states", async () => {
    const owner = await seller();
    const india = await createListing(db(), contextOf(owner), await listingInput(db()));
    expect(await db().listingDeliveryArea.count({ where: { listingId: india.listingId, districtId: null } })).toBe(await db().state.count());
    const district = await db().district.findFirstOrThrow({ select: { id: true, stateId: true } });
    const local = await createListing(db(), contextOf(owner), await listingInput(db(), { delivery: { scope: "DISTRICTS", districtIds: [district.id] } }));
    expect(await db().listingDeliveryArea.findMany({ where: { listingId: local.listingId }, select: { stateId: true, districtId: true } })).toEqual([{ stateId: district.stateId, districtId: district.id }]);
  });

  it("checks the specifications against the category and refuses a parent category", async () => {
    const owner = await seller();
    const { fields } = await specCategory(db());
    const required = fields.find((field) => field.type === "enum" && field.required)!;
    const error = await createListing(db(), contextOf(owner), await listingInput(db(), { specifications: { [required.key]: "Not a choice" } })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FieldValidationError);
    expect((error as FieldValidationError).fieldErrors).toHaveProperty(`spec_${required.key}`, "forms.errors.choose");
    const parent = await db().category.findFirstOrThrow({ where: { isLeaf: false }, select: { id: true } });
    await expectRefusedUnchanged(db(), async () => createListing(db(), contextOf(owner), await listingInput(db(), { categoryId: parent.id })), FieldValidationError);
  });
});

describe("updateListing", () => {
  it("applies price, stock and delivery changes at once and keeps an approved listing on sale", async () => {
    const { owner, listingId } = await approvedListing();
    await db().$transaction((tx) => refreshListingSearch(tx, { listingIds: [listingId] }));
    expect(await indexed(listingId)).toBe(1);
    const result = await updateListing(db(), contextOf(owner), listingId, await listingInput(db(), { price: 99_000, stockQuantity: 7, deliveryDays: 3 }));
    expect(result).toEqual({ status: "APPROVED", changed: ["pricePaise", "stockQuantity", "deliveryDays"], needsApproval: false });
    expect(await db().listingSearch.findUniqueOrThrow({ where: { listingId }, select: { pricePaise: true, deliveryDays: true } })).toEqual({ pricePaise: 99_000n, deliveryDays: 3 });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "listing.updated", entityId: String(listingId) } });
    expect(audit.before).toEqual({ pricePaise: "125000", stockQuantity: 50, deliveryDays: 5 });
    expect(audit.after).toEqual({ pricePaise: "99000", stockQuantity: 7, deliveryDays: 3 });
  });

  it("sends a materially edited approved listing back for approval and out of search", async () => {
    const { owner, listingId } = await approvedListing();
    await updateListing(db(), contextOf(owner), listingId, await listingInput(db(), { stockQuantity: 60 }));
    expect(await indexed(listingId)).toBe(1);
    const result = await updateListing(db(), contextOf(owner), listingId, await listingInput(db(), { title: "Handwoven jute office file folder", stockQuantity: 60 }));
    expect(result).toMatchObject({ status: "PENDING_APPROVAL", needsApproval: true, changed: ["title"] });
    const listing = await db().listing.findUniqueOrThrow({ where: { id: listingId } });
    expect(listing).toMatchObject({ status: "PENDING_APPROVAL", approvedAt: null });
    expect(listing.submittedAt).toBeInstanceOf(Date);
    expect(await indexed(listingId)).toBe(0);
  });

  it("sends a materially edited listing of a seller who may not go live back to draft", async () => {
    const { owner, listingId } = await approvedListing();
    await db().seller.update({ where: { id: owner.sellerId! }, data: { profileCompleteness: 90 } });
    try {
      const result = await updateListing(db(), contextOf(owner), listingId, await listingInput(db(), { mrp: 160_000 }));
      expect(result.status).toBe("DRAFT");
    } finally {
      await db().seller.update({ where: { id: owner.sellerId! }, data: { profileCompleteness: 100 } });
    }
  });

  it("changes nothing and writes no audit event when nothing changed", async () => {
    const owner = await seller();
    const input = await listingInput(db());
    const { listingId } = await createListing(db(), contextOf(owner), input);
    const audits = await db().auditEvent.count();
    expect(await updateListing(db(), contextOf(owner), listingId, input)).toEqual({ status: "DRAFT", changed: [], needsApproval: false });
    expect(await db().auditEvent.count()).toBe(audits);
  });
});

describe("pause, resume and clone", () => {
  it("pauses an approved listing out of search and resumes it on sale", async () => {
    const { owner, listingId } = await approvedListing();
    await updateListing(db(), contextOf(owner), listingId, await listingInput(db(), { stockQuantity: 51 }));
    expect(await pauseListing(db(), contextOf(owner), listingId)).toBe("PAUSED");
    expect(await indexed(listingId)).toBe(0);
    await expectRefusedUnchanged(db(), () => pauseListing(db(), contextOf(owner), listingId), ListingStatusError);
    expect(await resumeListing(db(), contextOf(owner), listingId)).toBe("APPROVED");
    expect(await indexed(listingId)).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: String(listingId), action: { in: ["listing.paused", "listing.resumed"] } } })).toBe(2);
  });

  it("resumes a paused listing without an approved content as a draft", async () => {
    const { owner, listingId } = await approvedListing();
    await db().listing.update({ where: { id: listingId }, data: { status: "PAUSED", approvedAt: null } });
    expect(await resumeListing(db(), contextOf(owner), listingId)).toBe("DRAFT");
  });

  it("clones a listing into a marked draft copy with its areas and images", async () => {
    const { owner, listingId } = await approvedListing();
    await db().listingImage.create({ data: { listingId, path: `listings/${listingId}/abc/original.png`, width: 400, height: 400, bytes: 10 } });
    const { listingId: copyId } = await cloneListing(db(), contextOf(owner), listingId);
    const copy = await db().listing.findUniqueOrThrow({ where: { id: copyId }, include: { images: true, deliveryAreas: true } });
    expect(copy).toMatchObject({ status: "DRAFT", clonedFromId: listingId, title: "Handwoven cotton office file folder (copy)", approvedAt: null });
    expect(copy.images.map((image) => image.path)).toEqual([`listings/${listingId}/abc/original.png`]);
    expect(copy.deliveryAreas).toHaveLength(await db().state.count());
    expect(await db().auditEvent.count({ where: { action: "listing.cloned", entityId: String(copyId) } })).toBe(1);
  });
});

describe("authorization", () => {
  it.each([
    ["another seller's administrator", "shg.seller@kraya.demo", NotFoundError],
    ["a facilitator", "facilitator@kraya.demo", ForbiddenError],
    ["a buyer", "buyer@kraya.demo", ForbiddenError],
    ["a national admin", "admin@kraya.demo", ForbiddenError],
    ["an anonymous visitor", null, UnauthenticatedError],
  ] as const)("refuses %s every change, changing nothing", async (_, email, errorClass) => {
    const { listingId } = await approvedListing();
    const ctx = contextOf(email ? await actorFor(db(), email) : null);
    const input = await listingInput(db(), { title: "Someone else's title" });
    await expectRefusedUnchanged(db(), () => updateListing(db(), ctx, listingId, input), errorClass);
    await expectRefusedUnchanged(db(), () => pauseListing(db(), ctx, listingId), errorClass);
    await expectRefusedUnchanged(db(), () => cloneListing(db(), ctx, listingId), errorClass);
    if (email !== "shg.seller@kraya.demo") await expectRefusedUnchanged(db(), () => createListing(db(), ctx, input), errorClass);
  });
});
