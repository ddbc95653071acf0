import { describe, expect, it } from "vitest";
import { verifyOrganisation } from "@/lib/admin/verify-organisation";
import { assertOrganisationCanBuy } from "@/lib/buyers/buying-eligibility";
import { createOrganisationUser, setOrganisationUserActive } from "@/lib/buyers/organisation-users";
import { FieldValidationError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { assertOrderRolesSeparate, eligibleConsignees, eligiblePayingAuthorities } from "@/lib/orders/order-roles";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorFor, contextOf, registerTestOrganisation } from "../factories/buyer-organisations";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));

describe("who may buy", () => {
  it("lets only a verified organisation buy", async () => {
    const db = database().db;
    const organisation = await registerTestOrganisation(db, { stateCode: "MP" });
    await expect(assertOrganisationCanBuy(db, organisation.organisationId)).rejects.toBeInstanceOf(ForbiddenError);
    await verifyOrganisation(db, contextOf(await actorFor(db, "admin@kraya.demo")), { organisationId: organisation.organisationId });
    await expect(assertOrganisationCanBuy(db, organisation.organisationId)).resolves.toBeUndefined();
    await expect(assertOrganisationCanBuy(db, 987_654)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the paying authority is never the buyer or the consignee of the order", () => {
  it("is refused by the domain rule, on the paying authority field", () => {
    expect(() => assertOrderRolesSeparate({ buyerUserId: 1, consigneeUserId: 2, payingAuthorityUserId: 3 })).not.toThrow();
    expect(() => assertOrderRolesSeparate({ buyerUserId: 1, consigneeUserId: 1, payingAuthorityUserId: 3 })).not.toThrow();
    for (const roles of [
      { buyerUserId: 1, consigneeUserId: 2, payingAuthorityUserId: 1 },
      { buyerUserId: 1, consigneeUserId: 2, payingAuthorityUserId: 2 },
    ]) {
      const refusal = (() => {
        try {
          assertOrderRolesSeparate(roles);
        } catch (error) {
          return error;
        }
      })();
      expect(refusal).toBeInstanceOf(FieldValidationError);
      expect((refusal as FieldValidationError).fieldErrors).toEqual({ payingAuthorityUserId: "buyerPortal.errors.payingAuthoritySeparate" });
    }
  });

  it("is refused by the database's CHECK constraint too", async () => {
    const db = database().db;
    const { id, number, ...order } = await db.order.findFirstOrThrow({ orderBy: { id: "asc" } });
    const ordersBefore = await db.order.count();
    await expect(db.order.create({ data: { ...order, number: `${number}-X`, idempotencyKey: null, payingAuthorityUserId: order.buyerUserId } })).rejects.toThrow(/Order_paying_authority_is_separate/);
    await expect(db.order.update({ where: { id }, data: { payingAuthorityUserId: order.consigneeUserId } })).rejects.toThrow(/Order_paying_authority_is_separate/);
    expect(await db.order.count()).toBe(ordersBefore);
    expect((await db.order.findUniqueOrThrow({ where: { id } })).payingAuthorityUserId).toBe(order.payingAuthorityUserId);
  });

  it("offers as paying authority only the organisation's other active DDOs, and as consignee its active consignees", async () => {
    const db = database().db;
    const organisation = await registerTestOrganisation(db, { stateCode: "MP" });
    await verifyOrganisation(db, contextOf(await actorFor(db, "admin@kraya.demo")), { organisationId: organisation.organisationId });
    const office = await db.office.findFirstOrThrow({ where: { organisationId: organisation.organisationId } });
    const ctx = contextOf(organisation.primary);
    const create = async (roles: ("BUYER" | "CONSIGNEE" | "PAYING_AUTHORITY")[], tag: string) =>
      (await createOrganisationUser(db, ctx, { name: `Officer ${tag}`, designation: "Officer", email: `${tag}.${Date.now()}@example.gov.in`, phone: "9812345678", officeId: office.id, roles })).userId;
    const buyerAndDdo = await create(["BUYER", "PAYING_AUTHORITY"], "buyer-ddo");
    const ddo = await create(["PAYING_AUTHORITY"], "ddo");
    const retiredDdo = await create(["PAYING_AUTHORITY"], "retired-ddo");
    const consignee = await create(["CONSIGNEE"], "consignee");
    await setOrganisationUserActive(db, ctx, { userId: retiredDdo, isActive: false });

    const payers = await eligiblePayingAuthorities(db, organisation.organisationId, { buyerUserId: buyerAndDdo });
    expect(payers.map((user) => user.id)).toEqual([ddo]);
    expect((await eligiblePayingAuthorities(db, organisation.organisationId, { buyerUserId: consignee, consigneeUserId: ddo })).map((user) => user.id)).toEqual([buyerAndDdo]);
    expect((await eligibleConsignees(db, organisation.organisationId)).map((user) => user.id)).toEqual([consignee]);
    const demo = await actorFor(db, "buyer@kraya.demo");
    expect((await eligibleConsignees(db, demo.organisationId ?? -1)).map((user) => user.id)).not.toContain(consignee);
  });
});
