import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { getDatabase } from "../db/client";
import { ACTING_SELLER_COOKIE } from "../sellers/act-for-seller";
import { loadActor, type Actor } from "./actor";
import { authOptions } from "./options";

export async function getActor(): Promise<Actor | null> {
  const [session, cookieStore] = await Promise.all([getServerSession(authOptions), cookies()]);
  if (!session?.userId) return null;
  const acting = Number(cookieStore.get(ACTING_SELLER_COOKIE)?.value);
  return loadActor(getDatabase().db, session.userId, Number.isSafeInteger(acting) && acting > 0 ? acting : undefined);
}
