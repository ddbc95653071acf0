import { describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/admin/audit-log";
import { rejectSeller, verifySeller } from "@/lib/admin/verify-seller";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { setUpTestDatabase } from "../support/test-database";
import { actorByEmail, adminActor, contextOf, createPendingSeller, placesIn } from "./admin-fixtures";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

// Decisions on two MP sellers (in different districts) and one Bihar seller.
async function recordDecisions() {
  const mp = await placesIn(db(), "MP");
  const br = await placesIn(db(), "BR");
  const national = await actorByEmail(db(), "admin@kraya.demo");
  const first = await createPendingSeller(db(), mp.home);
  const second = await createPendingSeller(db(), mp.otherDistrict);
  const third = await createPendingSeller(db(), br.home);
  await verifySeller(db(), contextOf(national), { sellerId: first.seller.id });
  await rejectSeller(db(), contextOf(national), { sellerId: second.seller.id, reasonCode: "DUPLICATE" });
  await verifySeller(db(), contextOf(national), { sellerId: third.seller.id });
  return { mp, br, national, sellers: [first.seller, second.seller, third.seller] };
}

describe("audit log", () => {
  it("shows each admin the events of their area, newest first, with filters", async () => {
    const { mp, national, sellers } = await recordDecisions();
    const [first, second, third] = sellers as [(typeof sellers)[number], (typeof sellers)[number], (typeof sellers)[number]];
    const mine = (events: { entityId: string }[]) => events.map((event) => event.entityId).filter((id) => sellers.some((seller) => String(seller.id) === id));

    const all = await listAuditEvents(db(), contextOf(national), { entityType: "Seller", actorEmail: "ADMIN@kraya.demo" });
    expect(mine(all.events)).toEqual([String(third.id), String(second.id), String(first.id)]);
    const event = all.events.find((row) => row.entityId === String(second.id));
    expect(event).toMatchObject({ action: "seller.rejected", actorRole: "ADMIN", ip: "203.0.113.9", actor: { email: "admin@kraya.demo" } });
    expect(event?.before).toMatchObject({ verificationStatus: "PENDING" });

    const mpAdmin = await actorByEmail(db(), "admin.mp@kraya.demo");
    const inMp = await listAuditEvents(db(), contextOf(mpAdmin), { entityType: "Seller" });
    expect(mine(inMp.events)).toEqual([String(second.id), String(first.id)]);
    const district = await adminActor(db(), "DISTRICT", mp.otherDistrict);
    expect(mine((await listAuditEvents(db(), contextOf(district), {})).events)).toEqual([String(second.id)]);
    const block = await adminActor(db(), "BLOCK", mp.otherBlock);
    expect((await listAuditEvents(db(), contextOf(block), {})).events).toEqual([]);

    // Dates are IST calendar days, "to" included.
    const istDay = (date: Date, offsetDays = 0) => new Date(date.getTime() + 5.5 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
    const today = istDay(event?.createdAt ?? new Date());
    const day = await listAuditEvents(db(), contextOf(national), { from: today, to: today, entityType: "Seller" });
    expect(mine(day.events)).toEqual([String(third.id), String(second.id), String(first.id)]);
    const before = await listAuditEvents(db(), contextOf(national), { to: istDay(event?.createdAt ?? new Date(), -1), entityType: "Seller" });
    expect(mine(before.events)).toEqual([]);
    const after = await listAuditEvents(db(), contextOf(national), { from: istDay(event?.createdAt ?? new Date(), 1), entityType: "Seller" });
    expect(mine(after.events)).toEqual([]);
    const byAction = await listAuditEvents(db(), contextOf(national), { action: "seller.verified", entityId: String(first.id) });
    expect(byAction.events.map((row) => row.entityId)).toEqual([String(first.id)]);
  });

  it("pages through the log by cursor without repeating or skipping", async () => {
    const national = await actorByEmail(db(), "admin@kraya.demo");
    const total = await db().auditEvent.count();
    expect(total).toBeGreaterThan(AUDIT_PAGE_SIZE * 2);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 3; page += 1) {
      const result = await listAuditEvents(db(), contextOf(national), { cursor });
      seen.push(...result.events.map((row) => row.id));
      cursor = result.nextCursor ?? undefined;
    }
    const expected = await db().auditEvent.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: AUDIT_PAGE_SIZE * 3, select: { id: true } });
    expect(seen).toEqual(expected.map((row) => row.id.toString()));
  });

  it("is read by admins only", async () => {
    await expect(listAuditEvents(db(), contextOf(await actorByEmail(db(), "buyer@kraya.demo")), {})).rejects.toThrow(ForbiddenError);
    await expect(listAuditEvents(db(), contextOf(await actorByEmail(db(), "shg.seller@kraya.demo")), {})).rejects.toThrow(ForbiddenError);
    await expect(listAuditEvents(db(), contextOf(null), {})).rejects.toThrow(UnauthenticatedError);
  });

  it("refuses to update or delete an event, through Prisma as through SQL", async () => {
    const event = await db().auditEvent.findFirstOrThrow({ orderBy: { id: "asc" } });
    await expect(db().auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } })).rejects.toThrow();
    await expect(db().auditEvent.updateMany({ data: { ip: "0.0.0.0" } })).rejects.toThrow();
    await expect(db().auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    await expect(db().auditEvent.deleteMany({})).rejects.toThrow();
    expect(await db().auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });
});
