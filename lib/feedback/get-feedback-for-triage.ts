import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { Role } from "../db/generated/enums";
import { NotFoundError } from "../errors";
import type { FeedbackStatusName } from "./feedback-schemas";
import type { SentFeedbackView } from "./sender-view";
import { requireFeedbackAdmin } from "./feedback-scope";
import { NEXT_STATUSES } from "./feedback-transitions";

export type FeedbackForTriage = SentFeedbackView & {
  repliedBy: { name: string } | null;
  locale: string;
  state: { name: string; nameHi: string } | null;
  // Who sent it, as far as their work goes (never their e-mail or phone); null: anonymous.
  sender: { roles: Role[]; designation: string | null; organisation: string | null; seller: string | null } | null;
  nextStatuses: readonly FeedbackStatusName[];
};

// One feedback in the admin's area, with what the triage form offers; elsewhere, not found.
export async function getFeedbackForTriage(db: Db, ctx: ActionContext, feedbackId: number): Promise<FeedbackForTriage> {
  const { where } = requireFeedbackAdmin(ctx);
  const row = await db.feedback.findFirst({
    where: { id: feedbackId, ...where },
    select: {
      id: true, createdAt: true, page: true, category: true, rating: true, text: true, status: true, reply: true, repliedAt: true, locale: true, screenshotKey: true,
      repliedBy: { select: { name: true } },
      state: { select: { name: true, nameHi: true } },
      user: { select: { designation: true, roles: { select: { role: true } }, organisation: { select: { name: true } }, seller: { select: { legalName: true, tradeName: true } } } },
    },
  });
  if (!row) throw new NotFoundError("Feedback");
  const { screenshotKey, user, ...feedback } = row;
  return {
    ...feedback,
    hasScreenshot: screenshotKey !== null,
    sender: user
      ? {
          roles: user.roles.map(({ role }) => role),
          designation: user.designation,
          organisation: user.organisation?.name ?? null,
          seller: user.seller ? (user.seller.tradeName ?? user.seller.legalName) : null,
        }
      : null,
    nextStatuses: NEXT_STATUSES[row.status],
  };
}
