import type { Actor } from "../auth/actor";
import { requireRole, type ActionContext } from "../auth/context";
import type { Role } from "../db/generated/enums";
import { ForbiddenError } from "../errors";

type AdminActor = { actor: Actor; role: Role; scope: NonNullable<Actor["adminScope"]> };

// An official with an area of responsibility; an ADMIN role without a scope acts nowhere.
export function requireAdmin(ctx: ActionContext): AdminActor {
  const { actor, role } = requireRole(ctx, "ADMIN");
  if (!actor.adminScope) throw new ForbiddenError("Admin without a scope");
  return { actor, role, scope: actor.adminScope };
}

// Admin users and API keys are managed nationally only (issue 3, "Admin side").
export function requireNationalAdmin(ctx: ActionContext): AdminActor {
  const admin = requireAdmin(ctx);
  if (admin.scope.level !== "NATIONAL") throw new ForbiddenError("Only a national admin may do this");
  return admin;
}
