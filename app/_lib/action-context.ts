import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import type { ActionContext } from "@/lib/auth/context";
import { getActor } from "@/lib/auth/session";
import { currentTime } from "@/lib/clock";

// The signed-in actor (or null), the caller's address and the time, for a domain use case.
export async function actionContext(): Promise<ActionContext> {
  const [actor, headerStore] = await Promise.all([getActor(), headers()]);
  return { actor, ip: clientIp(Object.fromEntries(headerStore.entries())), now: currentTime() };
}
