import { getServerSession } from "next-auth";
import { getDatabase } from "../db/client";
import { loadActor, type Actor } from "./actor";
import { authOptions } from "./options";

export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  return session?.userId ? loadActor(getDatabase().db, session.userId) : null;
}
