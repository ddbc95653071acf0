import type { AdminScope, Role } from "../../lib/db/generated/enums";
import { DAY_MS, HOUR_MS } from "./seed-config";
import type { SeedContext } from "./seed-context";

// One place that writes a user and the role it holds, so every generator (staff, buyers,
// sellers, demo accounts) produces the same shape: the shared demo password hash, a locale,
// and exactly one UserRole row per role held.

const HINDI_BELT = new Set(["UP", "MP", "BR", "RJ", "HR", "CG", "JH", "UK", "HP", "DL"]);

export type NewUser = {
  // Generated addresses contain the user's id, which is known only here.
  email: string | ((userId: number) => string);
  name: string;
  designation: string | null;
  role: Role;
  createdAtMs: number;
  stateCode?: string;
  organisationId?: number;
  officeId?: number;
  sellerId?: number;
  serviceCentreId?: number;
  admin?: { scope: AdminScope; stateId?: number; districtId?: number; blockId?: number };
  isDemo?: boolean;
};

export function addUser(ctx: SeedContext, user: NewUser): number {
  const { tables, random, nowMs } = ctx;
  const id = tables.user.nextId();
  const prefersHindi = !user.isDemo && user.stateCode !== undefined && HINDI_BELT.has(user.stateCode) && random.chance(0.3);
  const hasLoggedIn = user.isDemo !== true && random.chance(0.85);
  tables.user.push({
    id,
    email: typeof user.email === "string" ? user.email : user.email(id),
    name: user.name,
    designation: user.designation,
    phone: mobileNumber(id),
    passwordHash: ctx.passwordHash,
    locale: prefersHindi ? "hi" : "en",
    organisationId: user.organisationId ?? null,
    officeId: user.officeId ?? null,
    sellerId: user.sellerId ?? null,
    serviceCentreId: user.serviceCentreId ?? null,
    lastLoginAt: hasLoggedIn ? Math.max(nowMs - random.int(0, 60) * DAY_MS - random.int(0, 86_000_000), user.createdAtMs + HOUR_MS) : null,
    createdAt: user.createdAtMs,
  });
  addRole(ctx, id, user.role, user.createdAtMs, user.admin);
  return id;
}

// A valid-looking Indian mobile number (10 digits from 6-9), different for every user and
// drawn without the random stream, so adding it changed no other seeded value.
function mobileNumber(userId: number): string {
  return String(6_000_000_000 + ((userId * 7_919_993) % 3_999_999_999));
}

export function addRole(ctx: SeedContext, userId: number, role: Role, createdAtMs: number, admin?: NewUser["admin"]): void {
  ctx.tables.userRole.push({
    id: ctx.tables.userRole.nextId(),
    userId,
    role,
    adminScope: admin?.scope ?? null,
    stateId: admin?.stateId ?? null,
    districtId: admin?.districtId ?? null,
    blockId: admin?.blockId ?? null,
    createdAt: createdAtMs,
  });
}
