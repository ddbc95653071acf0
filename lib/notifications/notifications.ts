import "server-only";
import { nowOf, requireActor, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";

// The notification centre: every signed-in user reads and clears their own notifications
// and nobody else's. Reading is the reader's own bookkeeping, not a decision about anyone's
// record, so it is not written to the audit log.

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationRow = { id: number; kind: string; params: unknown; title: string; body: string; link: string | null; readAt: Date | null; createdAt: Date };

export async function listNotifications(db: Db, ctx: ActionContext, options: { page: number }) {
  const actor = requireActor(ctx);
  const where = { userId: actor.userId };
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(options.page, 1) - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, kind: true, params: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  return { rows: rows satisfies NotificationRow[], unread, pageCount: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)) };
}

// For the bell in the header: 0 for anonymous visitors.
export async function countUnreadNotifications(db: Db, ctx: ActionContext): Promise<number> {
  if (!ctx.actor) return 0;
  return db.notification.count({ where: { userId: ctx.actor.userId, readAt: null } });
}

// Idempotent: a notification already read keeps the time it was first read.
export async function markNotificationRead(db: Db, ctx: ActionContext, input: { notificationId: number }): Promise<void> {
  const actor = requireActor(ctx);
  const notification = await db.notification.findFirst({ where: { id: input.notificationId, userId: actor.userId }, select: { id: true } });
  if (!notification) throw new NotFoundError("Notification");
  await db.notification.updateMany({ where: { id: notification.id, readAt: null }, data: { readAt: nowOf(ctx) } });
}

export async function markAllNotificationsRead(db: Db, ctx: ActionContext): Promise<number> {
  const actor = requireActor(ctx);
  const { count } = await db.notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: nowOf(ctx) } });
  return count;
}
