import { describe, expect, it } from "vitest";
import { alertFollowersOfNewListing } from "@/lib/alerts/alert-followers";
import { digestCutoff, sendDailyDigests } from "@/lib/alerts/daily-digest";
import { followTarget, isFollowing, listFollows, setAlertFrequency, unfollowTarget } from "@/lib/alerts/follows";
import type { Actor } from "@/lib/auth/actor";
import { marketPagesOf } from "@/lib/catalogue/market-pages";
import type { Market } from "@/lib/db/generated/enums";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { notificationText } from "@/lib/notifications/notification-text";
import { listNotifications, markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/notifications";
import { translatorFor } from "@/lib/notifications/translator";
import { refreshListingSearch } from "@/lib/search/refresh-listing-search";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorByEmail, actorWithRoles, contextOf } from "./admin-fixtures";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

// 06:00 IST on 20 Nov 2026, and the hours after it.
const MORNING = new Date("2026-11-20T00:30:00Z");
const hoursAfter = (hours: number) => new Date(MORNING.getTime() + hours * 3_600_000);

async function newBuyer(options: { locale?: string; frequency?: "INSTANT" | "DAILY" } = {}): Promise<Actor> {
  const demo = await actorByEmail(db(), "buyer@kraya.demo");
  const actor = await actorWithRoles(db(), ["BUYER"], { organisationId: demo.organisationId ?? undefined });
  await db().user.update({ where: { id: actor.userId }, data: { locale: options.locale ?? "en", alertFrequency: options.frequency ?? "INSTANT" } });
  return actor;
}

// A new listing, approved and visible, from a verified seller of the given kind in a leaf of the market.
async function approvedListing(seller: { isShg?: boolean; isWeaver?: boolean; isArtisan?: boolean }, market: Market | null) {
  const owner = await db().seller.findFirstOrThrow({
    where: { verificationStatus: "VERIFIED", isShg: seller.isShg ?? false, isWeaver: seller.isWeaver ?? false, isArtisan: seller.isArtisan ?? false },
    select: { id: true },
  });
  const category = await db().category.findFirstOrThrow({ where: { market, isLeaf: true, kind: "PRODUCT" }, orderBy: { id: "asc" }, select: { id: true, parentId: true, name: true } });
  return db().$transaction(async (tx) => {
    const listing = await tx.listing.create({
      data: { sellerId: owner.id, categoryId: category.id, kind: "PRODUCT", title: `Test listing ${Date.now()}`, pricePaise: 50_000n, mrpPaise: 60_000n, stockQuantity: 10, status: "APPROVED", approvedAt: MORNING },
      select: { id: true },
    });
    await refreshListingSearch(tx, { listingIds: [listing.id] });
    return { listingId: listing.id, category };
  });
}

const alertOnce = (listingId: number, now = MORNING) => db().$transaction((tx) => alertFollowersOfNewListing(tx, listingId, now));
const alertsOf = (actor: Actor) => db().catalogueAlert.findMany({ where: { userId: actor.userId }, select: { listingId: true, deliveredAt: true } });

describe("following categories and market pages", () => {
  it("follows and unfollows idempotently, with one audit event each way", async () => {
    const buyer = await newBuyer();
    const ctx = contextOf(buyer);
    await followTarget(db(), ctx, { marketPage: "saras-collection" });
    await followTarget(db(), ctx, { marketPage: "saras-collection" });
    expect(await db().catalogueFollow.count({ where: { userId: buyer.userId } })).toBe(1);
    expect(await isFollowing(db(), ctx, { marketPage: "saras-collection" })).toBe(true);
    await unfollowTarget(db(), ctx, { marketPage: "saras-collection" });
    await unfollowTarget(db(), ctx, { marketPage: "saras-collection" });
    expect(await db().catalogueFollow.count({ where: { userId: buyer.userId } })).toBe(0);
    expect(await db().auditEvent.count({ where: { actorUserId: buyer.userId, action: { in: ["follow.created", "follow.removed"] } } })).toBe(2);
  });

  it("refuses anonymous visitors, sellers and admins, and unknown categories, and changes nothing", async () => {
    const seller = await actorByEmail(db(), "shg.seller@kraya.demo");
    const admin = await actorByEmail(db(), "admin@kraya.demo");
    const before = await db().catalogueFollow.count();
    await expect(followTarget(db(), contextOf(null), { marketPage: "womaniya" })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(followTarget(db(), contextOf(seller), { marketPage: "womaniya" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(followTarget(db(), contextOf(admin), { marketPage: "womaniya" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(followTarget(db(), contextOf(await newBuyer()), { categoryId: 999_999 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().catalogueFollow.count()).toBe(before);
    expect(await isFollowing(db(), contextOf(null), { marketPage: "womaniya" })).toBe(false);
  });

  it("shows each buyer only their own follows, and every buyer-side role may follow", async () => {
    const [mine, theirs] = [await newBuyer(), await newBuyer()];
    await followTarget(db(), contextOf(mine), { marketPage: "womaniya" });
    await followTarget(db(), contextOf(theirs), { marketPage: "startup-runway" });
    const { follows } = await listFollows(db(), contextOf(mine));
    expect(follows.map((follow) => follow.marketPage)).toEqual(["womaniya"]);
    for (const email of ["head@kraya.demo", "consignee@kraya.demo", "paying@kraya.demo"]) {
      await followTarget(db(), contextOf(await actorByEmail(db(), email)), { marketPage: "india-handloom" });
    }
    expect(await db().catalogueFollow.count({ where: { marketPage: "india-handloom", user: { email: { in: ["head@kraya.demo", "consignee@kraya.demo", "paying@kraya.demo"] } } } })).toBe(3);
  });
});

describe("alerts to followers of a new listing", () => {
  it("alerts followers of the market page, the category and its parent, once each, and nobody else", async () => {
    const { listingId, category } = await approvedListing({ isShg: true }, "SARAS");
    const pageFollower = await newBuyer();
    const parentFollower = await newBuyer({ frequency: "DAILY" });
    const bothFollower = await newBuyer({ locale: "hi" });
    const elsewhere = await newBuyer();
    await followTarget(db(), contextOf(pageFollower), { marketPage: "saras-collection" });
    await followTarget(db(), contextOf(parentFollower), { categoryId: category.parentId as number });
    await followTarget(db(), contextOf(bothFollower), { marketPage: "saras-collection" });
    await followTarget(db(), contextOf(bothFollower), { categoryId: category.id });
    await followTarget(db(), contextOf(elsewhere), { marketPage: "india-handloom" });
    // Counted by hand: the listing is also on Womaniya when the group is women-owned.
    const pages = marketPagesOf(await db().listingSearch.findUniqueOrThrow({ where: { listingId } }));
    expect(pages).toContain("saras-collection");
    const followers = await db().catalogueFollow.findMany({ where: { OR: [{ marketPage: { in: pages } }, { categoryId: { in: [category.id, category.parentId as number] } }] }, distinct: ["userId"], select: { userId: true } });

    expect(await alertOnce(listingId)).toBe(followers.length);
    expect(await alertOnce(listingId)).toBe(0);
    expect(await alertsOf(pageFollower)).toEqual([{ listingId, deliveredAt: MORNING }]);
    expect(await alertsOf(bothFollower)).toHaveLength(1);
    expect(await alertsOf(parentFollower)).toEqual([{ listingId, deliveredAt: null }]);
    expect(await alertsOf(elsewhere)).toEqual([]);

    const notification = await db().notification.findFirstOrThrow({ where: { userId: pageFollower.userId, kind: "catalogue.newListing" } });
    expect(notification).toMatchObject({ link: `/products/${listingId}`, params: { listingId, marketPage: "saras-collection" } });
    expect(await db().notification.count({ where: { userId: parentFollower.userId } })).toBe(0);
    // The follower of both is told of the closer follow, the category, and in Hindi.
    const hindi = await db().notification.findFirstOrThrow({ where: { userId: bothFollower.userId } });
    expect(hindi.params).toMatchObject({ categoryName: category.name });
    const mail = await db().emailOutbox.findFirstOrThrow({ where: { toEmail: bothFollower.email, kind: "catalogue.newListing" } });
    expect(mail.body).toMatch(/[\u0900-\u097F]/);
    expect(mail.body).toContain(`/products/${listingId}`);
  });

  it("alerts only for listings of self-help groups, weavers and artisans that buyers can see", async () => {
    const follower = await newBuyer();
    await followTarget(db(), contextOf(follower), { marketPage: "womaniya" });
    const general = await approvedListing({}, null);
    await followTarget(db(), contextOf(follower), { categoryId: general.category.id });
    expect(await alertOnce(general.listingId)).toBe(0);

    const weaver = await approvedListing({ isWeaver: true }, "HANDLOOM");
    await followTarget(db(), contextOf(follower), { categoryId: weaver.category.id });
    await db().$transaction(async (tx) => {
      await tx.listing.update({ where: { id: weaver.listingId }, data: { stockQuantity: 0 } });
      await refreshListingSearch(tx, { listingIds: [weaver.listingId] });
    });
    expect(await alertOnce(weaver.listingId)).toBe(0);
    expect(await alertsOf(follower)).toEqual([]);
  });
});

describe("the daily digest", () => {
  it("waits for 08:00 IST, then sends one notification and one e-mail per user, once, even when run again", async () => {
    expect(digestCutoff(hoursAfter(1))).toEqual(new Date("2026-11-19T02:30:00Z"));
    expect(digestCutoff(hoursAfter(3))).toEqual(new Date("2026-11-20T02:30:00Z"));

    const reader = await newBuyer();
    await followTarget(db(), contextOf(reader), { marketPage: "india-handicraft" });
    await setAlertFrequency(db(), contextOf(reader), { alertFrequency: "DAILY" });
    const first = await approvedListing({ isArtisan: true }, "HANDICRAFT");
    const second = await approvedListing({ isArtisan: true }, "HANDICRAFT");
    await alertOnce(first.listingId, MORNING);
    await alertOnce(second.listingId, hoursAfter(0.5));

    await sendDailyDigests(db(), hoursAfter(1));
    expect(await db().notification.count({ where: { userId: reader.userId } })).toBe(0);

    const [runA, runB] = await Promise.all([sendDailyDigests(db(), hoursAfter(3)), sendDailyDigests(db(), hoursAfter(3))]);
    expect(runA + runB).toBeGreaterThanOrEqual(1);
    await sendDailyDigests(db(), hoursAfter(27));
    const digests = await db().notification.findMany({ where: { userId: reader.userId } });
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ kind: "catalogue.digest", link: "/notifications", params: { count: 2 } });
    expect(await db().emailOutbox.count({ where: { toEmail: reader.email, kind: "catalogue.digest" } })).toBe(1);
    expect((await alertsOf(reader)).every((alert) => alert.deliveredAt !== null)).toBe(true);
  });
});

describe("the notification centre", () => {
  it("lists, marks read and marks all read only the reader's own notifications", async () => {
    const [reader, other] = [await newBuyer(), await newBuyer()];
    const mine = await db().notification.create({ data: { userId: reader.userId, kind: "PAYMENT_DUE", title: "Due", body: "Pay" } });
    const theirs = await db().notification.create({ data: { userId: other.userId, kind: "PAYMENT_DUE", title: "Due", body: "Pay" } });
    const listed = await listNotifications(db(), contextOf(reader), { page: 1 });
    expect(listed.rows.map((row) => row.id)).toEqual([mine.id]);
    expect(listed.unread).toBe(1);
    await expect(markNotificationRead(db(), contextOf(reader), { notificationId: theirs.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listNotifications(db(), contextOf(null), { page: 1 })).rejects.toBeInstanceOf(UnauthenticatedError);
    await markNotificationRead(db(), contextOf(reader), { notificationId: mine.id });
    expect(await markAllNotificationsRead(db(), contextOf(reader))).toBe(0);
    expect((await db().notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });

  it("reads a notification in the reader's language from its kind and parameters, else its stored text", async () => {
    const hindi = await translatorFor("hi");
    const alert = { kind: "catalogue.newListing", params: { title: "Madhubani painting", sellerName: "Jai Maa SHG", marketPage: "saras-collection" }, title: "New", body: "New" };
    expect(notificationText(hindi, "hi", alert)).toEqual({ title: "सरस संग्रह में नया: Madhubani painting", body: "Jai Maa SHG ने सरस संग्रह में Madhubani painting सूचीबद्ध किया है, जिसे आप फ़ॉलो करते हैं।" });
    expect(notificationText(hindi, "hi", { ...alert, params: {} })).toEqual({ title: "New", body: "New" });
    expect(notificationText(hindi, "hi", { kind: "something.else", params: {}, title: "Stored", body: "Text" })).toEqual({ title: "Stored", body: "Text" });
    const seeded = await db().notification.findFirstOrThrow({ where: { kind: "SHG_PRODUCTS_AVAILABLE" } });
    expect(seeded.link).toBe("/market/saras-collection");
    expect(notificationText(hindi, "hi", seeded).title).toBe("स्वयं सहायता समूहों के नए उत्पाद");
  });
});
