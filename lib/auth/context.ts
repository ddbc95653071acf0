import type { Role } from "../db/generated/enums";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import { hasRole, type Actor } from "./actor";

// Who is asking, and from where: every domain use case takes this, checks it itself and
// records it in the audit log. A null actor is an anonymous visitor.
export type ActionContext = {
  actor: Actor | null;
  ip: string | null;
  now?: Date;
};

export function requireActor(ctx: ActionContext): Actor {
  if (!ctx.actor) throw new UnauthenticatedError();
  return ctx.actor;
}

// The actor, who must hold one of the roles; returns the first of them they hold, the role
// the audit log records the action under.
export function requireRole(ctx: ActionContext, ...roles: Role[]): { actor: Actor; role: Role } {
  const actor = requireActor(ctx);
  const role = roles.find((candidate) => hasRole(actor, candidate));
  if (!role) throw new ForbiddenError(`Needs one of ${roles.join(", ")}`);
  return { actor, role };
}

export function nowOf(ctx: ActionContext): Date {
  return ctx.now ?? new Date();
}
