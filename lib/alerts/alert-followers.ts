import "server-only";
import type { Tx } from "../db/client";
import { marketPagesOf } from "../catalogue/market-pages";
import { productPath } from "../catalogue/listing-cards";
import { deliverNotification } from "../notifications/deliver-notification";
import { followsFooter } from "./follows-footer";

// Seed 004: buyers who follow a category or a market page hear when a self-help group, a
// weaver or an artisan lists a new product there. Called by the approval use case inside its
// transaction, once the listing is in the search index. Each follower gets one alert per
// listing however many of their follows match (the most specific one is named), and a second
// call for the same listing alerts nobody again. Followers who chose INSTANT are told now (a
// notification and an e-mail in their language); DAILY followers get the next digest.
export async function alertFollowersOfNewListing(tx: Tx, listingId: number, now: Date): Promise<number> {
  const visible = await tx.listingSearch.findUnique({
    where: { listingId },
    select: { categoryId: true, market: true, isShg: true, isWeaver: true, isArtisan: true, isWomenOwned: true, isStartup: true },
  });
  if (!visible || !(visible.isShg || visible.isWeaver || visible.isArtisan)) return 0;

  const categories = await categoryWithAncestors(tx, visible.categoryId);
  const follows = await tx.catalogueFollow.findMany({
    where: {
      OR: [{ categoryId: { in: categories.map((category) => category.id) } }, { marketPage: { in: marketPagesOf(visible) } }],
      user: { isActive: true },
    },
    select: { userId: true, categoryId: true, marketPage: true },
    orderBy: { id: "asc" },
  });
  if (follows.length === 0) return 0;

  // The closest category a user follows names the alert; a market page only when no category does.
  const rank = (follow: { categoryId: number | null }) => (follow.categoryId === null ? categories.length : categories.findIndex((c) => c.id === follow.categoryId));
  const reasonByUser = new Map<number, (typeof follows)[number]>();
  for (const follow of follows) {
    const current = reasonByUser.get(follow.userId);
    if (!current || rank(follow) < rank(current)) reasonByUser.set(follow.userId, follow);
  }

  const created = await tx.catalogueAlert.createManyAndReturn({
    data: [...reasonByUser.keys()].map((userId) => ({ userId, listingId, createdAt: now })),
    skipDuplicates: true,
    select: { id: true, userId: true, user: { select: { name: true, email: true, locale: true, alertFrequency: true } } },
  });
  const instant = created.filter((alert) => alert.user.alertFrequency === "INSTANT");
  if (instant.length > 0) {
    const listing = await tx.listing.findUniqueOrThrow({ where: { id: listingId }, select: { title: true, seller: { select: { legalName: true, tradeName: true } } } });
    const base = { listingId, title: listing.title, sellerName: listing.seller.tradeName ?? listing.seller.legalName };
    for (const alert of instant) {
      const reason = reasonByUser.get(alert.userId);
      const category = categories.find((c) => c.id === reason?.categoryId);
      const params = category ? { ...base, categoryName: category.name, categoryNameHi: category.nameHi } : { ...base, marketPage: reason?.marketPage ?? "" };
      await deliverNotification(tx, { id: alert.userId, ...alert.user }, { kind: "catalogue.newListing", params, link: productPath(listingId), emailLines: (t, base) => [followsFooter(t, base)] }, now);
    }
    await tx.catalogueAlert.updateMany({ where: { id: { in: instant.map((alert) => alert.id) } }, data: { deliveredAt: now } });
  }
  return created.length;
}

// The listing's category first, then its parent, up to the root.
async function categoryWithAncestors(tx: Tx, categoryId: number) {
  const chain: { id: number; name: string; nameHi: string }[] = [];
  let nextId: number | null = categoryId;
  while (nextId !== null && chain.length < 10) {
    const category: { id: number; name: string; nameHi: string; parentId: number | null } = await tx.category.findUniqueOrThrow({
      where: { id: nextId },
      select: { id: true, name: true, nameHi: true, parentId: true },
    });
    chain.push(category);
    nextId = category.parentId;
  }
  return chain;
}
