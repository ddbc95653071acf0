import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { Role } from "../db/generated/enums";
import { NotFoundError } from "../errors";
import { requirePrimaryUser } from "./own-organisation";

export type OrganisationUserRow = {
  id: number;
  name: string;
  email: string;
  designation: string | null;
  phone: string | null;
  isActive: boolean;
  roles: Role[];
  officeName: string | null;
  createdByName: string | null;
  createdAt: Date;
};

const select = {
  id: true,
  name: true,
  email: true,
  designation: true,
  phone: true,
  isActive: true,
  createdAt: true,
  roles: { orderBy: { role: "asc" as const }, select: { role: true } },
  office: { select: { name: true } },
  createdBy: { select: { name: true } },
} as const;

type Selected = { roles: { role: Role }[]; office: { name: string } | null; createdBy: { name: string } | null } & Omit<OrganisationUserRow, "roles" | "officeName" | "createdByName">;

function toRow({ roles, office, createdBy, ...user }: Selected): OrganisationUserRow {
  return { ...user, roles: roles.map((held) => held.role), officeName: office?.name ?? null, createdByName: createdBy?.name ?? null };
}

// The people of the primary user's organisation, active ones first, and whether it may add
// more (only once verified).
export async function listOrganisationUsers(db: Db, ctx: ActionContext): Promise<{ users: OrganisationUserRow[]; canCreateUsers: boolean }> {
  const { actor } = requirePrimaryUser(ctx);
  const [users, organisation] = await Promise.all([
    db.user.findMany({ where: { organisationId: actor.organisationId }, orderBy: [{ isActive: "desc" }, { name: "asc" }], select }),
    db.buyerOrganisation.findUniqueOrThrow({ where: { id: actor.organisationId }, select: { verificationStatus: true } }),
  ]);
  return { users: users.map(toRow), canCreateUsers: organisation.verificationStatus === "VERIFIED" };
}

export async function getOrganisationUser(db: Db, ctx: ActionContext, userId: number): Promise<OrganisationUserRow> {
  const { actor } = requirePrimaryUser(ctx);
  const user = await db.user.findFirst({ where: { id: userId, organisationId: actor.organisationId }, select });
  if (!user) throw new NotFoundError("User");
  return toRow(user);
}

export async function listOrganisationOffices(db: Db, ctx: ActionContext): Promise<{ id: number; name: string }[]> {
  const { actor } = requirePrimaryUser(ctx);
  return db.office.findMany({ where: { organisationId: actor.organisationId }, orderBy: { id: "asc" }, select: { id: true, name: true } });
}
