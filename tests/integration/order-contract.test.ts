import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { getContract } from "@/lib/orders/contract";
import { contractContent } from "@/lib/orders/contract-content";
import { contractPdf } from "@/lib/orders/contract-pdf";
import { translatorFor } from "@/lib/notifications/translator";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorWithRoles, adminActor, contextOf } from "./admin-fixtures";
import { placeDirectOrder } from "./order-fixtures";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

describe("the contract of an order", () => {
  it("is read by the buyer organisation, the seller and admins of the buyer's or seller's area, and nobody else", async () => {
    const order = await placeDirectOrder(db());
    const placed = await db().order.findUniqueOrThrow({ where: { id: order.orderId }, select: { number: true, buyerStateId: true, sellerStateId: true } });
    for (const reader of [order.buyer, order.seller, order.consignee, order.paying]) expect((await getContract(db(), reader, order.orderId)).number).toBe(placed.number);
    expect((await getContract(db(), contextOf(await adminActor(db(), "NATIONAL")), order.orderId)).id).toBe(order.orderId);
    expect((await getContract(db(), contextOf(await adminActor(db(), "STATE", { stateId: placed.sellerStateId })), order.orderId)).id).toBe(order.orderId);

    const elsewhere = await db().state.findFirstOrThrow({ where: { id: { notIn: [placed.sellerStateId, placed.buyerStateId ?? -1] } }, select: { id: true } });
    const otherOrg = await db().buyerOrganisation.findFirstOrThrow({ where: { id: { not: order.organisationId } }, select: { id: true } });
    const otherSeller = await db().seller.findFirstOrThrow({ where: { id: { not: order.sellerId } }, select: { id: true } });
    const strangers = [
      contextOf(await adminActor(db(), "STATE", { stateId: elsewhere.id })),
      contextOf(await actorWithRoles(db(), ["BUYER"], { organisationId: otherOrg.id })),
      contextOf(await actorWithRoles(db(), ["SELLER_ADMIN"], { sellerId: otherSeller.id })),
    ];
    for (const stranger of strangers) await expect(getContract(db(), stranger, order.orderId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lays out parties, items with GST and terms, and prints as a PDF", async () => {
    const order = await placeDirectOrder(db(), 7);
    const contract = await getContract(db(), order.buyer, order.orderId);
    const content = contractContent(contract, await translatorFor("en"), "en", new Date("2026-11-21T10:00:00Z"));
    expect(content.title).toBe(`Contract ${contract.number}`);
    expect(content.rows[0]![2]).toBe("7");
    expect(content.totals.at(-1)![1]).toMatch(/^Rs [\d,]+\.\d{2}$/);
    expect(content.terms).toHaveLength(5);
    expect(content.terms[3]).toContain("1 % a month");
    const hindi = contractContent(contract, await translatorFor("hi"), "hi", new Date());
    expect(hindi.title).toBe(`अनुबंध ${contract.number}`);

    const pdf = await contractPdf(content);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(2_000);
  });
});
