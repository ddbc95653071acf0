import "server-only";
import { PORTAL_ROLES } from "../auth/actor";
import { requireRole, type ActionContext } from "../auth/context";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/client";
import type { AlertFrequency } from "../db/generated/enums";
import { NotFoundError } from "../errors";
import type { MarketPageSlug } from "../catalogue/market-pages";
import type { FollowTarget } from "./follow-schemas";

// Buyers follow categories (a leaf, or a parent and so everything under it) and market pages,
// and hear of new products from self-help groups, weavers and artisans there
// (alert-followers.ts). Anyone on the buying side of an organisation may follow; sellers and
// admins may not. Every query is scoped to the signed-in user: nobody sees another's follows.

function requireFollower(ctx: ActionContext) {
  return requireRole(ctx, ...PORTAL_ROLES.buyer);
}

function targetWhere(userId: number, target: FollowTarget) {
  return target.marketPage ? { userId, marketPage: target.marketPage } : { userId, categoryId: target.categoryId };
}

async function assertTargetExists(tx: Tx, target: FollowTarget) {
  if (target.categoryId !== undefined && !(await tx.category.findUnique({ where: { id: target.categoryId }, select: { id: true } }))) {
    throw new NotFoundError("Category");
  }
}

// Following twice is following once: the second call changes nothing and records nothing.
export async function followTarget(db: Db, ctx: ActionContext, target: FollowTarget): Promise<void> {
  const { actor, role } = requireFollower(ctx);
  await db.$transaction(async (tx) => {
    await assertTargetExists(tx, target);
    const { count } = await tx.catalogueFollow.createMany({ data: [targetWhere(actor.userId, target)], skipDuplicates: true });
    if (count === 0) return;
    const follow = await tx.catalogueFollow.findFirstOrThrow({ where: targetWhere(actor.userId, target), select: { id: true } });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: "follow.created", entityType: "CatalogueFollow", entityId: follow.id, after: { ...target }, organisationId: actor.organisationId,
    });
  });
}

export async function unfollowTarget(db: Db, ctx: ActionContext, target: FollowTarget): Promise<void> {
  const { actor, role } = requireFollower(ctx);
  await db.$transaction(async (tx) => {
    const follow = await tx.catalogueFollow.findFirst({ where: targetWhere(actor.userId, target), select: { id: true } });
    if (!follow) return;
    await tx.catalogueFollow.delete({ where: { id: follow.id } });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: "follow.removed", entityType: "CatalogueFollow", entityId: follow.id, before: { ...target }, organisationId: actor.organisationId,
    });
  });
}

// Whether the visitor follows it: false for anyone who cannot follow (anonymous, sellers).
export async function isFollowing(db: Db, ctx: ActionContext, target: FollowTarget): Promise<boolean> {
  if (!ctx.actor) return false;
  return (await db.catalogueFollow.count({ where: targetWhere(ctx.actor.userId, target) })) > 0;
}

export type FollowedItem = {
  id: number;
  createdAt: Date;
  category: { id: number; slug: string; name: string; nameHi: string; isLeaf: boolean; parent: { name: string; nameHi: string } | null } | null;
  marketPage: MarketPageSlug | null;
};

export async function listFollows(db: Db, ctx: ActionContext): Promise<{ alertFrequency: AlertFrequency; follows: FollowedItem[] }> {
  const { actor } = requireFollower(ctx);
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: {
      alertFrequency: true,
      follows: {
        orderBy: [{ marketPage: "asc" }, { createdAt: "desc" }],
        select: {
          id: true, createdAt: true, marketPage: true,
          category: { select: { id: true, slug: true, name: true, nameHi: true, isLeaf: true, parent: { select: { name: true, nameHi: true } } } },
        },
      },
    },
  });
  return { alertFrequency: user.alertFrequency, follows: user.follows.map((follow) => ({ ...follow, marketPage: follow.marketPage as MarketPageSlug | null })) };
}

// INSTANT: each new product at once; DAILY: one digest a day (daily-digest.ts).
export async function setAlertFrequency(db: Db, ctx: ActionContext, input: { alertFrequency: AlertFrequency }): Promise<void> {
  const { actor, role } = requireFollower(ctx);
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { alertFrequency: true } });
    if (before.alertFrequency === input.alertFrequency) return;
    await tx.user.update({ where: { id: actor.userId }, data: { alertFrequency: input.alertFrequency } });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: "user.alertFrequencyChanged", entityType: "User", entityId: actor.userId, before, after: { alertFrequency: input.alertFrequency }, organisationId: actor.organisationId,
    });
  });
}
