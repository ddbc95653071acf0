import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { FieldValidationError, ForbiddenError } from "@/lib/errors";
import { registerSeller } from "@/lib/sellers/register-seller";
import { uniqueClashAsFieldError } from "@/lib/sellers/seller-uniqueness";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { setUpTestDatabase } from "../support/test-database";
import { actorFor, contextOf, expectRefusedUnchanged, placeIn, registrationInput } from "./seller-fixtures";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

describe("registerSeller", () => {
  it("creates the seller, its GSTIN and its administrator, pending verification, with an audit event", async () => {
    const input = await registrationInput(db());
    const { sellerId, userId } = await registerSeller(db(), contextOf(null), input);

    const seller = await db().seller.findUniqueOrThrow({ where: { id: sellerId }, include: { gstins: true, users: { include: { roles: true } } } });
    expect(seller).toMatchObject({ pan: input.pan, verificationStatus: "PENDING", profileCompleteness: 100, udyamNumber: input.udyamNumber });
    expect(seller.gstins).toEqual([expect.objectContaining({ gstin: input.gstin, stateId: input.stateId, isPrimary: true })]);
    const [user] = seller.users;
    expect(user).toMatchObject({ id: userId, email: input.email, phone: "9876543210" });
    expect(user?.roles.map((role) => role.role)).toEqual(["SELLER_ADMIN"]);
    expect(await verifyPassword(user?.passwordHash ?? "", input.password)).toBe(true);

    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "seller.registered", entityId: String(sellerId) } });
    expect(audit).toMatchObject({ actorUserId: userId, actorRole: "SELLER_ADMIN", sellerId, stateId: input.stateId, ip: "203.0.113.9" });
    expect(JSON.stringify(audit.after)).not.toContain(input.bankAccountNumber);
  });

  it("stores what is missing as a lower completeness", async () => {
    const input = await registrationInput(db(), { gstin: undefined, blockId: undefined, bankAccountName: undefined, bankAccountNumber: undefined, ifsc: undefined });
    const { sellerId } = await registerSeller(db(), contextOf(null), input);
    expect((await db().seller.findUniqueOrThrow({ where: { id: sellerId } })).profileCompleteness).toBe(50);
  });

  it("refuses a PAN, GSTIN, Udyam number or e-mail already registered, on that field, changing nothing", async () => {
    const first = await registrationInput(db());
    await registerSeller(db(), contextOf(null), first);
    const again = await registrationInput(db(), { pan: first.pan, gstin: first.gstin, udyamNumber: first.udyamNumber, email: first.email });
    const before = await db().seller.count();
    const error = await registerSeller(db(), contextOf(null), again).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FieldValidationError);
    expect((error as FieldValidationError).fieldErrors).toEqual({
      pan: "sellers.errors.panTaken",
      gstin: "sellers.errors.gstinTaken",
      udyamNumber: "sellers.errors.udyamTaken",
      email: "sellers.errors.emailTaken",
    });
    expect(await db().seller.count()).toBe(before);
  });

  it("names the field when two registrations of one PAN race past the check", async () => {
    const first = await registrationInput(db(), { gstin: undefined, udyamNumber: undefined, mseClass: undefined });
    const second = { ...(await registrationInput(db(), { gstin: undefined, udyamNumber: undefined, mseClass: undefined })), pan: first.pan };
    const outcomes = await Promise.allSettled([registerSeller(db(), contextOf(null), first), registerSeller(db(), contextOf(null), second)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === "rejected");
    expect(refused?.reason).toEqual(new FieldValidationError({ pan: "sellers.errors.panTaken" }));
    expect(await db().seller.count({ where: { pan: first.pan } })).toBe(1);
  });

  it("reads which identifier the unique index refused from the database's error", async () => {
    const existing = await db().seller.findFirstOrThrow({ where: { udyamNumber: { not: null } }, include: { gstins: true } });
    const clash = (data: object) => db().seller.create({ data: { ...(data as { pan: string }), legalName: "X", entityType: "PROPRIETORSHIP", addressLine: "x", pincode: "462016", stateId: existing.stateId, districtId: existing.districtId } }).catch((error: unknown) => error);
    expect(uniqueClashAsFieldError(await clash({ pan: existing.pan }))?.fieldErrors).toEqual({ pan: "sellers.errors.panTaken" });
    expect(uniqueClashAsFieldError(await clash({ pan: "QZZPT0001Z", udyamNumber: existing.udyamNumber }))?.fieldErrors).toEqual({ udyamNumber: "sellers.errors.udyamTaken" });
  });

  it("refuses a district outside the chosen state", async () => {
    const other = await placeIn(db(), "KL");
    const input = await registrationInput(db(), { districtId: other.districtId, blockId: other.blockId });
    await expectRefusedUnchanged(db(), () => registerSeller(db(), contextOf(null), input), FieldValidationError);
  });

  it.each(["mse.seller@kraya.demo", "buyer@kraya.demo", "admin@kraya.demo", "facilitator@kraya.demo"])("refuses %s, who is signed in", async (email) => {
    const actor = await actorFor(db(), email);
    const input = await registrationInput(db());
    await expectRefusedUnchanged(db(), () => registerSeller(db(), contextOf(actor), input), ForbiddenError);
  });
});
