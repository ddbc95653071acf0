import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import type { MediaStorage } from "../media/media-storage";
import { requireFeedbackAdmin } from "./feedback-scope";

// A screenshot may show the sender's orders or documents: only admins whose area holds the
// feedback see it. Anything else is not found.
export async function readFeedbackScreenshot(db: Db, ctx: ActionContext, feedbackId: number, storage: MediaStorage): Promise<Uint8Array> {
  const { where } = requireFeedbackAdmin(ctx);
  const row = await db.feedback.findFirst({ where: { id: feedbackId, ...where }, select: { screenshotKey: true } });
  if (!row?.screenshotKey) throw new NotFoundError("Feedback screenshot");
  const body = await storage.get(row.screenshotKey);
  if (!body) throw new NotFoundError("Feedback screenshot");
  return body;
}
