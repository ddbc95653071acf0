import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { AssistedSellerSchema, type AssistedSellerInput } from "@/lib/sellers/assisted-seller-schema";
import { getSellerProfile } from "@/lib/sellers/get-seller-profile";
import { listAssistedSellers } from "@/lib/sellers/list-assisted-sellers";
import { registerAssistedSeller } from "@/lib/sellers/register-assisted-seller";
import { startActingForSeller } from "@/lib/sellers/act-for-seller";
import { createListing } from "@/lib/catalogue/create-listing";
import { updateSellerProfile } from "@/lib/sellers/update-seller-profile";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createUser } from "../factories/users";
import { setUpTestDatabase } from "../support/test-database";
import { listingInput } from "./listing-fixtures";
import { actorFor, contextOf, expectRefusedUnchanged, profileInput, uniquePan } from "./seller-fixtures";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

async function weaverInput(overrides: Partial<AssistedSellerInput> = {}): Promise<AssistedSellerInput> {
  const profile = await profileInput(db(), { entityType: "INDIVIDUAL", pan: uniquePan("P"), gstin: undefined, udyamNumber: undefined, mseClass: undefined, isWeaver: true, weaverCardNumber: "WIC-MP-0001234" });
  return { ...profile, contactName: "Ramesh Koshta", contactMobile: "9425012345", ...overrides };
}

async function otherFacilitator() {
  const centre = await db().serviceCentre.findFirstOrThrow({ select: { id: true } });
  const user = await createUser(db(), { roles: ["FACILITATOR"] });
  await db().user.update({ where: { id: user.id }, data: { serviceCentreId: centre.id } });
  const actor = await loadActor(db(), user.id);
  if (!actor) throw new Error("inactive");
  return actor;
}

describe("assisted onboarding", () => {
  it("registers a weaver on their behalf, sends a password link to their e-mail and records who assisted", async () => {
    const facilitator = await actorFor(db(), "facilitator@kraya.demo");
    const email = `weaver.${Date.now()}@example.in`;
    const { sellerId, setupLink } = await registerAssistedSeller(db(), contextOf(facilitator), await weaverInput({ contactEmail: email }));
    expect(setupLink).toBe(true);
    const seller = await db().seller.findUniqueOrThrow({ where: { id: sellerId }, include: { users: { include: { roles: true } } } });
    expect(seller).toMatchObject({ assistedById: facilitator.userId, verificationStatus: "PENDING", isWeaver: true, profileCompleteness: 100 });
    expect(seller.users[0]).toMatchObject({ email, phone: "9425012345", createdById: facilitator.userId });
    expect(await db().emailOutbox.count({ where: { toEmail: email, kind: "password.setup" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "seller.registeredAssisted", entityId: String(sellerId), actorUserId: facilitator.userId, actorRole: "FACILITATOR" } })).toBe(1);

    const view = await getSellerProfile(db(), contextOf(facilitator), sellerId);
    expect(view.assistedBy).toEqual({ name: "Vijay Meshram", centre: expect.stringContaining("Weavers' Service Centre") });
    expect(view.canEdit).toBe(true);
  });

  it("without an e-mail, keeps the contact as an account nobody can sign in to, and the facilitator edits the profile", async () => {
    const facilitator = await actorFor(db(), "facilitator@kraya.demo");
    const outboxBefore = await db().emailOutbox.count();
    const input = await weaverInput();
    const { sellerId, setupLink } = await registerAssistedSeller(db(), contextOf(facilitator), input);
    expect(setupLink).toBe(false);
    expect(await db().emailOutbox.count()).toBe(outboxBefore);
    expect((await db().user.findFirstOrThrow({ where: { sellerId } })).email).toBe(`seller-${sellerId}@assisted.kraya.invalid`);

    const result = await updateSellerProfile(db(), contextOf(facilitator), sellerId, { ...input, tradeName: "Koshta Handloom" });
    expect(result.reverification).toBe(false);
    expect((await listAssistedSellers(db(), contextOf(facilitator))).rows[0]).toMatchObject({ id: sellerId, name: "Koshta Handloom", verificationStatus: "PENDING" });
  });

  it("lets only the facilitator who registered a seller work for it, as its staff, recorded in their name", async () => {
    const facilitator = await actorFor(db(), "facilitator@kraya.demo");
    const { sellerId } = await registerAssistedSeller(db(), contextOf(facilitator), await weaverInput());
    const acting = await loadActor(db(), facilitator.userId, sellerId);
    expect(acting).toMatchObject({ sellerId, actingForSellerId: sellerId, roles: expect.arrayContaining(["FACILITATOR", "SELLER_STAFF"]) });
    await startActingForSeller(db(), contextOf(facilitator), sellerId);
    const { listingId } = await createListing(db(), contextOf(acting), await listingInput(db()));
    expect((await db().listing.findUniqueOrThrow({ where: { id: listingId } })).sellerId).toBe(sellerId);
    expect(await db().auditEvent.count({ where: { entityType: "Listing", entityId: String(listingId), actorUserId: facilitator.userId, actorRole: "SELLER_STAFF" } })).toBe(1);
    const result = await updateSellerProfile(db(), contextOf(acting), sellerId, { ...(await weaverInput()), tradeName: "Edited while acting" });
    expect(result.reverification).toBe(false);

    const other = await otherFacilitator();
    expect(await loadActor(db(), other.userId, sellerId)).toMatchObject({ sellerId: null, roles: ["FACILITATOR"] });
    await expect(startActingForSeller(db(), contextOf(other), sellerId)).rejects.toBeInstanceOf(NotFoundError);
    const sellerUser = await actorFor(db(), "mse.seller@kraya.demo");
    expect((await loadActor(db(), sellerUser.userId, sellerId))?.sellerId).toBe(sellerUser.sellerId);
  });

  it("accepts only SHGs, artisans and weavers", () => {
    const parsed = AssistedSellerSchema.safeParse({ legalName: "A Firm", entityType: "PROPRIETORSHIP", pan: "ABCPE1234F", addressLine: "x", pincode: "462016", stateId: 1, districtId: 1, contactName: "A", contactMobile: "9425012345" });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["isShg", "sellers.errors.notAssistable"]]);
  });

  it("shows and lets edit only the sellers a facilitator assisted", async () => {
    const facilitator = await actorFor(db(), "facilitator@kraya.demo");
    const input = await weaverInput();
    const { sellerId } = await registerAssistedSeller(db(), contextOf(facilitator), input);
    const other = await otherFacilitator();
    expect((await listAssistedSellers(db(), contextOf(other))).rows).toEqual([]);
    await expect(getSellerProfile(db(), contextOf(other), sellerId)).rejects.toBeInstanceOf(NotFoundError);
    await expectRefusedUnchanged(db(), () => updateSellerProfile(db(), contextOf(other), sellerId, { ...input, tradeName: "Taken over" }), NotFoundError, sellerId);
    const mine = await listAssistedSellers(db(), contextOf(facilitator));
    const owners = await db().seller.findMany({ where: { id: { in: mine.rows.map((row) => row.id) } }, select: { assistedById: true } });
    expect(new Set(owners.map((owner) => owner.assistedById))).toEqual(new Set([facilitator.userId]));
  });

  it.each([
    ["a seller's administrator", "mse.seller@kraya.demo", ForbiddenError],
    ["a buyer", "buyer@kraya.demo", ForbiddenError],
    ["a national admin", "admin@kraya.demo", ForbiddenError],
    ["an anonymous visitor", null, UnauthenticatedError],
  ] as const)("refuses %s, changing nothing", async (_, email, errorClass) => {
    const actor = email ? await actorFor(db(), email) : null;
    const input = await weaverInput({ contactEmail: `refused.${Date.now()}@example.in` });
    await expectRefusedUnchanged(db(), () => registerAssistedSeller(db(), contextOf(actor), input), errorClass);
    await expect(listAssistedSellers(db(), contextOf(actor))).rejects.toBeInstanceOf(errorClass);
  });

  it("refuses a facilitator without a service centre", async () => {
    const user = await createUser(db(), { roles: ["FACILITATOR"] });
    const actor = await loadActor(db(), user.id);
    await expectRefusedUnchanged(db(), async () => registerAssistedSeller(db(), contextOf(actor), await weaverInput()), ForbiddenError);
  });
});
