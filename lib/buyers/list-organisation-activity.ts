import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { requirePrimaryUser } from "./own-organisation";

export const ACTIVITY_PAGE_SIZE = 30;

// The actions of the organisation's trail that the activity page can filter by and phrase.
export const ORGANISATION_ACTIONS = [
  "organisation.registered",
  "organisation.verified",
  "organisation.rejected",
  "user.created",
  "user.rolesChanged",
  "user.deactivated",
  "user.reactivated",
] as const;

// Message keys cannot hold dots: "user.created" is phrased under "user_created".
export function activityMessageKey(action: string): string {
  return action.replace(".", "_");
}

export type ActivityEntry = {
  id: string;
  action: string;
  createdAt: Date;
  actorName: string | null;
  actorRole: string | null;
  data: Record<string, unknown>;
};

export type ActivityFilter = { actorUserId?: number; action?: string; page: number };

// Who did what in the primary user's organisation, newest first: the audit events recorded
// under it (its own registration, the admin's decision, every change to its users).
export async function listOrganisationActivity(db: Db, ctx: ActionContext, filter: ActivityFilter) {
  const { actor } = requirePrimaryUser(ctx);
  const where: Prisma.AuditEventWhereInput = {
    organisationId: actor.organisationId,
    ...(filter.actorUserId ? { actorUserId: filter.actorUserId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
  };
  const page = Math.max(1, filter.page);
  const [events, total, people] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ACTIVITY_PAGE_SIZE,
      take: ACTIVITY_PAGE_SIZE,
      select: { id: true, action: true, createdAt: true, actorRole: true, data: true, actor: { select: { name: true } } },
    }),
    db.auditEvent.count({ where }),
    db.user.findMany({
      where: { auditEvents: { some: { organisationId: actor.organisationId } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const entries: ActivityEntry[] = events.map((event) => ({
    id: event.id.toString(),
    action: event.action,
    createdAt: event.createdAt,
    actorName: event.actor?.name ?? null,
    actorRole: event.actorRole,
    data: event.data && typeof event.data === "object" && !Array.isArray(event.data) ? event.data : {},
  }));
  return { entries, total, pageCount: Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE)), people };
}
