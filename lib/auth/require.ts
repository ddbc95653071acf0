import { forbidden, redirect } from "next/navigation";
import { hasRole, PORTAL_ROLES, type Actor, type Portal } from "./actor";
import { getActor } from "./session";

// Every page and every server action calls one of these: layouts alone are not enough,
// because server actions are reachable without rendering the layout.
export async function requirePortal(portal: Portal, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!hasRole(actor, ...PORTAL_ROLES[portal])) forbidden();
  return actor;
}
