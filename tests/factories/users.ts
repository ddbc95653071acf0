import type { Db } from "@/lib/db/client";
import type { AdminScope, Role } from "@/lib/db/generated/enums";
import { hashPassword } from "@/lib/auth/password";

export const TEST_PASSWORD = "Correct-horse-9";

let sequence = 0;

// Users straight into the table until the identity issue brings the onboarding use cases;
// then this factory calls them instead.
export async function createUser(
  db: Db,
  options: { roles: Role[]; isActive?: boolean; adminScope?: AdminScope; stateId?: number } = { roles: [] },
) {
  sequence += 1;
  return db.user.create({
    data: {
      email: `user${sequence}.${Date.now()}@example.gov.in`,
      name: `Test User ${sequence}`,
      passwordHash: await hashPassword(TEST_PASSWORD),
      isActive: options.isActive ?? true,
      roles: {
        create: options.roles.map((role) => ({
          role,
          adminScope: role === "ADMIN" ? (options.adminScope ?? "NATIONAL") : null,
          stateId: role === "ADMIN" ? (options.stateId ?? null) : null,
        })),
      },
    },
  });
}
