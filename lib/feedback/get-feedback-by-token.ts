import "server-only";
import type { Db } from "../db/client";
import { SENDER_VIEW_SELECT, senderViewOf, type SentFeedbackView } from "./sender-view";

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

// An anonymous sender's feedback, by the token of their tracking link; null for any other token.
export async function getFeedbackByToken(db: Db, token: string): Promise<SentFeedbackView | null> {
  if (!TOKEN.test(token)) return null;
  const row = await db.feedback.findUnique({ where: { trackingToken: token }, select: SENDER_VIEW_SELECT });
  return row ? senderViewOf(row) : null;
}
