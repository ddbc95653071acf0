import "server-only";
import type { Actor } from "../auth/actor";
import type { ActionContext } from "../auth/context";
import { requireAdmin } from "../admin/require-admin";
import type { Db } from "../db/client";

// Feedback belongs to the sender's state. National admins read all of it, anonymous feedback
// (no state) included; any other admin reads the feedback of the state their area lies in.
export function feedbackScopeWhere(actor: Actor): { stateId?: number } {
  const scope = actor.adminScope;
  if (!scope || !actor.roles.includes("ADMIN")) return { stateId: -1 };
  return scope.level === "NATIONAL" ? {} : { stateId: scope.stateId ?? -1 };
}

// An admin with an area; anyone else is refused (ForbiddenError).
export function requireFeedbackAdmin(ctx: ActionContext) {
  const admin = requireAdmin(ctx);
  return { ...admin, where: feedbackScopeWhere(admin.actor) };
}

// The states an admin may filter the feedback by.
export async function statesInFeedbackScope(db: Db, ctx: ActionContext): Promise<{ id: number; name: string; nameHi: string }[]> {
  const { where } = requireFeedbackAdmin(ctx);
  return db.state.findMany({ where: where.stateId === undefined ? {} : { id: where.stateId }, orderBy: { name: "asc" }, select: { id: true, name: true, nameHi: true } });
}
