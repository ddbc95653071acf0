import "server-only";
import { forbidden } from "next/navigation";
import { hasRole, type Actor } from "@/lib/auth/actor";
import { requirePortal } from "@/lib/auth/require";

// Pages only the head of office (primary user) may open; the use cases check again.
export async function requirePrimaryUserPage(returnTo: string): Promise<Actor> {
  const actor = await requirePortal("buyer", returnTo);
  if (!hasRole(actor, "PRIMARY_BUYER")) forbidden();
  return actor;
}
