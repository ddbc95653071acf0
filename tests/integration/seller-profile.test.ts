import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { FieldValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { buildGstin } from "@/lib/sellers/identifiers";
import { getSellerProfile } from "@/lib/sellers/get-seller-profile";
import { registerSeller } from "@/lib/sellers/register-seller";
import { updateSellerProfile } from "@/lib/sellers/update-seller-profile";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { setUpTestDatabase } from "../support/test-database";
import { actorFor, contextOf, expectRefusedUnchanged, profileInput, registrationInput, uniquePan } from "./seller-fixtures";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

async function registeredSeller() {
  const input = await registrationInput(db(), { gstin: undefined, bankAccountName: undefined, bankAccountNumber: undefined, ifsc: undefined });
  const { sellerId, userId } = await registerSeller(db(), contextOf(null), input);
  const owner = await loadActor(db(), userId);
  if (!owner) throw new Error("owner not active");
  return { sellerId, owner, input };
}

async function staffOf(sellerId: number) {
  const user = await db().user.create({
    data: { email: `staff.${sellerId}.${Date.now()}@example.in`, name: "Staff", passwordHash: await hashPassword("Staff-pass-1"), sellerId, roles: { create: { role: "SELLER_STAFF" } } },
  });
  return loadActor(db(), user.id);
}

describe("getSellerProfile and updateSellerProfile", () => {
  it("lets the administrator complete the profile to 100 %, storing it with an audit of what changed", async () => {
    const { sellerId, owner, input } = await registeredSeller();
    expect((await getSellerProfile(db(), contextOf(owner), sellerId)).completeness).toEqual({ percent: 65, missing: ["gstin", "bank"] });

    const gstin = buildGstin("23", input.pan);
    const result = await updateSellerProfile(db(), contextOf(owner), sellerId, { ...input, gstin, bankAccountName: "Test Enterprises", bankAccountNumber: "123456789012", ifsc: "SBIN0004321" });
    expect(result).toEqual({ reverification: false, completeness: { percent: 100, missing: [] } });

    const view = await getSellerProfile(db(), contextOf(owner), sellerId);
    expect(view.values).toMatchObject({ gstin, ifsc: "SBIN0004321", pan: input.pan, stateId: String(input.stateId) });
    expect(view).toMatchObject({ verificationStatus: "PENDING", canEdit: true, assistedBy: null });
    expect((await db().seller.findUniqueOrThrow({ where: { id: sellerId } })).profileCompleteness).toBe(100);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "seller.profileUpdated", entityId: String(sellerId) } });
    expect(audit).toMatchObject({ actorUserId: owner.userId, actorRole: "SELLER_ADMIN", sellerId });
    expect(audit.after).toMatchObject({ gstin, ifsc: "SBIN0004321", bankAccountNumber: "••••9012" });
    expect(Object.keys(audit.before as object).sort()).toEqual(["bankAccountName", "gstin", "ifsc"]); // a null account number is left out like any secret
  });

  it("sends a verified or rejected seller back for verification when PAN, GSTIN, Udyam, bank or address change, not for a trade name", async () => {
    const { sellerId, owner, input } = await registeredSeller();
    await db().seller.update({ where: { id: sellerId }, data: { verificationStatus: "VERIFIED", verifiedAt: new Date() } });
    expect((await updateSellerProfile(db(), contextOf(owner), sellerId, { ...input, tradeName: "New name" })).reverification).toBe(false);
    expect((await db().seller.findUniqueOrThrow({ where: { id: sellerId } })).verificationStatus).toBe("VERIFIED");

    await db().seller.update({ where: { id: sellerId }, data: { verificationStatus: "REJECTED", rejectionReasonCode: "ADDRESS_UNVERIFIABLE", rejectionNote: "No such street" } });
    expect((await getSellerProfile(db(), contextOf(owner), sellerId)).rejection).toEqual({ reasonCode: "ADDRESS_UNVERIFIABLE", note: "No such street" });
    expect((await updateSellerProfile(db(), contextOf(owner), sellerId, { ...input, addressLine: "14 Main Road" })).reverification).toBe(true);
    expect(await db().seller.findUniqueOrThrow({ where: { id: sellerId } })).toMatchObject({ verificationStatus: "PENDING", rejectionReasonCode: null, rejectionNote: null });
  });

  it("refuses a PAN that another seller holds, on the PAN field", async () => {
    const { sellerId, owner, input } = await registeredSeller();
    const other = await db().seller.findFirstOrThrow({ where: { NOT: { id: sellerId }, entityType: "PROPRIETORSHIP" }, select: { pan: true } });
    await expect(updateSellerProfile(db(), contextOf(owner), sellerId, { ...input, pan: other.pan })).rejects.toEqual(new FieldValidationError({ pan: "sellers.errors.panTaken" }));
  });

  it("records the contact's mobile number, which completes the contact item", async () => {
    const { sellerId, owner, input } = await registeredSeller();
    await db().user.update({ where: { id: owner.userId }, data: { phone: null } });
    expect((await getSellerProfile(db(), contextOf(owner), sellerId)).completeness.missing).toContain("contact");
    const result = await updateSellerProfile(db(), contextOf(owner), sellerId, { ...input, contactMobile: "9812345678" });
    expect(result.completeness.missing).not.toContain("contact");
    expect((await getSellerProfile(db(), contextOf(owner), sellerId)).values.contactMobile).toBe("9812345678");
  });

  it("lets seller staff read the profile but not change it", async () => {
    const { sellerId, input } = await registeredSeller();
    const staff = await staffOf(sellerId);
    expect((await getSellerProfile(db(), contextOf(staff), sellerId)).canEdit).toBe(false);
    await expectRefusedUnchanged(db(), () => updateSellerProfile(db(), contextOf(staff), sellerId, { ...input, tradeName: "Staff edit" }), ForbiddenError, sellerId);
  });

  it.each([
    ["another seller's administrator", "mse.seller@kraya.demo", NotFoundError],
    ["a facilitator who did not assist it", "facilitator@kraya.demo", NotFoundError],
    ["a buyer", "buyer@kraya.demo", ForbiddenError],
    ["a national admin", "admin@kraya.demo", ForbiddenError],
    ["an anonymous visitor", null, UnauthenticatedError],
  ] as const)("refuses %s, reading or writing, and changes nothing", async (_, email, errorClass) => {
    const { sellerId, input } = await registeredSeller();
    const actor = email ? await actorFor(db(), email) : null;
    await expect(getSellerProfile(db(), contextOf(actor), sellerId)).rejects.toBeInstanceOf(errorClass);
    const change = await profileInput(db(), { pan: uniquePan(), tradeName: "Hijacked" });
    await expectRefusedUnchanged(db(), () => updateSellerProfile(db(), contextOf(actor), sellerId, { ...change, pan: input.pan }), errorClass, sellerId);
  });
});
