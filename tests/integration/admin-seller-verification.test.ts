import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getSellerForReview, listSellersForReview } from "@/lib/admin/seller-review";
import { rejectSeller, verifySeller } from "@/lib/admin/verify-seller";
import { FieldValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { setUpTestDatabase } from "../support/test-database";
import { actorByEmail, actorWithRoles, adminActor, contextOf, createPendingSeller, placesIn, type PlaceIds } from "./admin-fixtures";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

type Refusal = [name: string, actor: () => Promise<Actor | null>, error: new (...args: never[]) => Error];

async function snapshot(sellerId: number) {
  const [seller, audits, notifications, emails] = await Promise.all([
    db().seller.findUniqueOrThrow({ where: { id: sellerId } }),
    db().auditEvent.count(),
    db().notification.count(),
    db().emailOutbox.count(),
  ]);
  return { seller, audits, notifications, emails };
}

// Who may decide on a seller in the MP district and block `home`, and who is refused.
function matrix(mp: () => Promise<{ home: PlaceIds; otherBlock: PlaceIds; otherDistrict: PlaceIds }>) {
  const allowed: [string, () => Promise<Actor>][] = [
    ["the national admin", () => actorByEmail(db(), "admin@kraya.demo")],
    ["the state admin of the seller's state", () => actorByEmail(db(), "admin.mp@kraya.demo")],
    ["the district admin of the seller's district", async () => adminActor(db(), "DISTRICT", (await mp()).home)],
    ["the block admin of the seller's block", async () => adminActor(db(), "BLOCK", (await mp()).home)],
  ];
  const refused: Refusal[] = [
    ["the state admin of another state", () => actorByEmail(db(), "admin.br@kraya.demo"), NotFoundError],
    ["a district admin of another district", async () => adminActor(db(), "DISTRICT", (await mp()).otherDistrict), NotFoundError],
    ["a block admin of another block", async () => adminActor(db(), "BLOCK", (await mp()).otherBlock), NotFoundError],
    ["a seller", () => actorByEmail(db(), "mse.seller@kraya.demo"), ForbiddenError],
    ["a buyer", () => actorByEmail(db(), "buyer@kraya.demo"), ForbiddenError],
    ["a facilitator", () => actorWithRoles(db(), ["FACILITATOR"]), ForbiddenError],
    ["an anonymous visitor", async () => null, UnauthenticatedError],
  ];
  return { allowed, refused };
}

describe("seller verification", () => {
  const mp = () => placesIn(db(), "MP");
  const { allowed, refused } = matrix(mp);

  it.each(allowed)("lets %s read, verify and reject", async (_, actorOf) => {
    const actor = await actorOf();
    const { seller, owner } = await createPendingSeller(db(), (await mp()).home);
    const review = await getSellerForReview(db(), contextOf(actor), seller.id);
    expect(review).toMatchObject({ id: seller.id, bankAccountLast4: "7890", canVerify: true, canReject: true });
    expect(review).not.toHaveProperty("bankAccountNumber");

    await verifySeller(db(), contextOf(actor), { sellerId: seller.id });
    const verified = await db().seller.findUniqueOrThrow({ where: { id: seller.id } });
    expect(verified).toMatchObject({ verificationStatus: "VERIFIED", verifiedById: actor.userId });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Seller", entityId: String(seller.id), action: "seller.verified" } });
    expect(event).toMatchObject({ actorUserId: actor.userId, actorRole: "ADMIN", ip: "203.0.113.9", sellerId: seller.id, stateId: seller.stateId, districtId: seller.districtId, blockId: seller.blockId });
    expect(event.before).toMatchObject({ verificationStatus: "PENDING" });
    expect(event.after).toMatchObject({ verificationStatus: "VERIFIED" });
    expect(await db().notification.count({ where: { userId: owner.userId, kind: "SELLER_VERIFIED" } })).toBe(1);
    expect(await db().emailOutbox.count({ where: { toEmail: owner.email, kind: "SELLER_VERIFIED" } })).toBe(1);

    const second = await createPendingSeller(db(), (await mp()).home);
    await rejectSeller(db(), contextOf(actor), { sellerId: second.seller.id, reasonCode: "BANK_DETAILS", note: "The account is in another name." });
    expect(await db().seller.findUniqueOrThrow({ where: { id: second.seller.id } })).toMatchObject({
      verificationStatus: "REJECTED",
      rejectionReasonCode: "BANK_DETAILS",
      rejectionNote: "The account is in another name.",
    });
    const mail = await db().emailOutbox.findFirstOrThrow({ where: { toEmail: second.owner.email, kind: "SELLER_REJECTED" } });
    expect(mail.body).toContain("The bank account details are wrong or in another name");
    expect(mail.body).toContain("The account is in another name.");
  });

  it.each(refused)("refuses %s to read, verify or reject, and changes nothing", async (_, actorOf, error) => {
    const actor = await actorOf();
    const { seller } = await createPendingSeller(db(), (await mp()).home);
    const before = await snapshot(seller.id);
    await expect(getSellerForReview(db(), contextOf(actor), seller.id)).rejects.toThrow(error);
    await expect(verifySeller(db(), contextOf(actor), { sellerId: seller.id })).rejects.toThrow(error);
    await expect(rejectSeller(db(), contextOf(actor), { sellerId: seller.id, reasonCode: "DUPLICATE" })).rejects.toThrow(error);
    expect(await snapshot(seller.id)).toEqual(before);
  });

  it("keeps sellers outside the admin's area out of the queue", async () => {
    const { seller } = await createPendingSeller(db(), (await mp()).home);
    const bihar = await actorByEmail(db(), "admin.br@kraya.demo");
    const queue = await listSellersForReview(db(), contextOf(bihar), { status: "ALL", page: 1 });
    expect(queue.total).toBeGreaterThan(0);
    const states = await db().seller.findMany({ where: { id: { in: queue.sellers.map((row) => row.id) } }, select: { stateId: true } });
    expect(new Set(states.map((row) => row.stateId))).toEqual(new Set([bihar.adminScope?.stateId]));
    expect(queue.total).toBe(await db().seller.count({ where: { stateId: bihar.adminScope?.stateId ?? -1 } }));
    // Asking for another state's sellers by filter gives nothing either.
    const asked = await listSellersForReview(db(), contextOf(bihar), { status: "ALL", stateId: seller.stateId });
    expect(asked.total).toBe(0);

    const mpAdmin = await actorByEmail(db(), "admin.mp@kraya.demo");
    const found = await listSellersForReview(db(), contextOf(mpAdmin), { status: "PENDING", q: seller.legalName.slice(-12) });
    expect(found.sellers.map((row) => row.id)).toEqual([seller.id]);
    const byPan = await listSellersForReview(db(), contextOf(mpAdmin), { status: "PENDING", q: seller.pan.toLowerCase() });
    expect(byPan.sellers.map((row) => row.id)).toEqual([seller.id]);
    await expect(listSellersForReview(db(), contextOf(await actorByEmail(db(), "buyer@kraya.demo")), {})).rejects.toThrow(ForbiddenError);
    await expect(listSellersForReview(db(), contextOf(null), {})).rejects.toThrow(UnauthenticatedError);
  });

  it("verifies only complete profiles, rejects only pending ones, and asks a note for OTHER", async () => {
    const admin = await actorByEmail(db(), "admin.mp@kraya.demo");
    const { seller } = await createPendingSeller(db(), (await mp()).home, { profileCompleteness: 80 });
    const before = await snapshot(seller.id);
    await expect(verifySeller(db(), contextOf(admin), { sellerId: seller.id })).rejects.toThrow(FieldValidationError);
    await expect(rejectSeller(db(), contextOf(admin), { sellerId: seller.id, reasonCode: "OTHER" })).rejects.toThrow();
    expect(await snapshot(seller.id)).toEqual(before);

    await rejectSeller(db(), contextOf(admin), { sellerId: seller.id, reasonCode: "OTHER", note: "Photographs of the looms are missing." });
    await expect(rejectSeller(db(), contextOf(admin), { sellerId: seller.id, reasonCode: "DUPLICATE" })).rejects.toThrow(FieldValidationError);
    // Once the profile is complete, a rejected seller can be verified.
    await db().seller.update({ where: { id: seller.id }, data: { profileCompleteness: 100 } });
    await verifySeller(db(), contextOf(admin), { sellerId: seller.id });
    await expect(verifySeller(db(), contextOf(admin), { sellerId: seller.id })).rejects.toThrow(FieldValidationError);
    const review = await getSellerForReview(db(), contextOf(admin), seller.id);
    expect(review.history.map((event) => event.action)).toEqual(["seller.verified", "seller.rejected"]);
  });
});
