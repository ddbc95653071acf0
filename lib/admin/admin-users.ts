import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import { requireNationalAdmin } from "./require-admin";

const placeName = { select: { name: true, nameHi: true } } as const;

const ADMIN_USER_FIELDS = {
  id: true,
  name: true,
  email: true,
  designation: true,
  isActive: true,
  lastLoginAt: true,
  createdAt: true,
  roles: {
    where: { role: "ADMIN" },
    select: { adminScope: true, stateId: true, districtId: true, blockId: true, state: placeName, district: placeName, block: { select: { name: true } } },
  },
} as const;

type AdminUserRow = {
  roles: { adminScope: string | null; stateId: number | null; districtId: number | null; blockId: number | null; state: { name: string; nameHi: string } | null; district: { name: string; nameHi: string } | null; block: { name: string } | null }[];
};

// An admin user with their one ADMIN role's scope lifted up beside them.
function withScope<User extends AdminUserRow>({ roles, ...user }: User) {
  const role = roles[0];
  return { ...user, scope: role ? { level: role.adminScope ?? "NATIONAL", stateId: role.stateId, districtId: role.districtId, blockId: role.blockId, state: role.state, district: role.district, block: role.block } : null };
}

// Only a national admin sees and manages the officials; national admins first, then by name.
export async function listAdminUsers(db: Db, ctx: ActionContext) {
  requireNationalAdmin(ctx);
  const users = await db.user.findMany({
    where: { roles: { some: { role: "ADMIN" } } },
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    select: ADMIN_USER_FIELDS,
  });
  const order = { NATIONAL: 0, STATE: 1, DISTRICT: 2, BLOCK: 3 } as Record<string, number>;
  return users.map(withScope).sort((a, b) => (order[a.scope?.level ?? "NATIONAL"] ?? 0) - (order[b.scope?.level ?? "NATIONAL"] ?? 0));
}

export async function getAdminUser(db: Db, ctx: ActionContext, userId: number) {
  requireNationalAdmin(ctx);
  const user = await db.user.findFirst({ where: { id: userId, roles: { some: { role: "ADMIN" } } }, select: ADMIN_USER_FIELDS });
  if (!user) throw new NotFoundError("Admin user");
  return withScope(user);
}

export type AdminUserSummary = Awaited<ReturnType<typeof getAdminUser>>;
