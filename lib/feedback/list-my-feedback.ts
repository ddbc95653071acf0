import "server-only";
import { requireActor, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { SENDER_VIEW_SELECT, senderViewOf, type SentFeedbackView } from "./sender-view";

export const MY_FEEDBACK_PAGE_SIZE = 20;

// The signed-in user's own feedback, newest first, with its status and the reply.
export async function listMyFeedback(db: Db, ctx: ActionContext, options: { page: number }): Promise<{ rows: SentFeedbackView[]; total: number; pageCount: number }> {
  const actor = requireActor(ctx);
  const where = { userId: actor.userId };
  const [rows, total] = await Promise.all([
    db.feedback.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(options.page, 1) - 1) * MY_FEEDBACK_PAGE_SIZE,
      take: MY_FEEDBACK_PAGE_SIZE,
      select: SENDER_VIEW_SELECT,
    }),
    db.feedback.count({ where }),
  ]);
  return { rows: rows.map(senderViewOf), total, pageCount: Math.max(1, Math.ceil(total / MY_FEEDBACK_PAGE_SIZE)) };
}
