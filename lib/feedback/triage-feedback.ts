import "server-only";
import { nowOf, type ActionContext } from "../auth/context";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/client";
import { FieldValidationError, NotFoundError } from "../errors";
import { deliverNotification } from "../notifications/deliver-notification";
import type { FeedbackStatusName, TriageInput } from "./feedback-schemas";
import { canMove, NEEDS_REPLY } from "./feedback-transitions";
import { requireFeedbackAdmin } from "./feedback-scope";

export type TriagedFeedback = { id: number; status: FeedbackStatusName };

// An admin whose area holds the feedback moves it along the workflow (feedback-transitions.ts)
// and/or replies; a reply replaces the one the sender saw, and answering new feedback
// acknowledges it. A signed-in sender is told in the portal and by e-mail.
export async function triageFeedback(db: Db, ctx: ActionContext, input: TriageInput): Promise<TriagedFeedback> {
  const { role, where } = requireFeedbackAdmin(ctx);
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Feedback" WHERE id = ${input.feedbackId} FOR UPDATE`;
    const current = await tx.feedback.findFirst({
      where: { id: input.feedbackId, ...where },
      select: { id: true, status: true, reply: true, userId: true, stateId: true, page: true },
    });
    if (!current) throw new NotFoundError("Feedback");
    const status = input.status === "NEW" && current.status === "NEW" && input.reply ? "ACKNOWLEDGED" : input.status;
    const moves = status !== current.status;
    if (moves && !canMove(current.status, status)) throw new FieldValidationError({ status: "feedback.errors.transition" });
    if (!moves && !input.reply) throw new FieldValidationError({ reply: "feedback.errors.nothingToSave" });
    if (moves && NEEDS_REPLY.includes(status) && !input.reply) throw new FieldValidationError({ reply: "feedback.errors.replyRequired" });

    const reply = input.reply ? { reply: input.reply, repliedAt: now, repliedById: ctx.actor?.userId ?? null } : {};
    await tx.feedback.update({ where: { id: current.id }, data: { status, ...reply, updatedAt: now } });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: "feedback.triage", entityType: "Feedback", entityId: current.id, place: { stateId: current.stateId },
      before: { status: current.status, ...(input.reply ? { reply: current.reply } : {}) },
      after: { status, ...(input.reply ? { reply: input.reply } : {}) },
    });
    if (current.userId !== null) await tellSender(tx, current.userId, { status: moves ? status : null, reply: input.reply ?? null, page: current.page }, now);
    return { id: current.id, status };
  });
}

// Kinds feedback.acknowledged, .planned, .done, .wontDo for a new status, feedback.replied for a
// new reply alone (notifications.kinds.feedback_* in markets.json).
const KIND_OF: Record<FeedbackStatusName, string> = {
  NEW: "feedback.replied", ACKNOWLEDGED: "feedback.acknowledged", PLANNED: "feedback.planned", DONE: "feedback.done", WONT_DO: "feedback.wontDo",
};

async function tellSender(tx: Tx, userId: number, change: { status: FeedbackStatusName | null; reply: string | null; page: string }, now: Date) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, locale: true, isActive: true } });
  if (!user?.isActive) return;
  const kind = change.status ? KIND_OF[change.status] : "feedback.replied";
  const params = { page: change.page, hasReply: change.reply ? "yes" : "no", reply: change.reply ?? "" };
  await deliverNotification(tx, user, { kind, params, link: "/feedback" }, now);
}
