import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { FeedbackCategory } from "./feedback-pages";
import type { FeedbackStatusName } from "./feedback-schemas";
import { requireFeedbackAdmin } from "./feedback-scope";

export const FEEDBACK_PAGE_SIZE = 25;

export type FeedbackFilters = { status?: FeedbackStatusName; category?: FeedbackCategory; stateId?: number; pageText?: string; page: number };

export type FeedbackRow = {
  id: number;
  createdAt: Date;
  page: string;
  category: string;
  rating: number | null;
  status: FeedbackStatusName;
  excerpt: string;
  state: { name: string; nameHi: string } | null;
  isAnonymous: boolean;
  hasScreenshot: boolean;
  repliedAt: Date | null;
};

const EXCERPT_LENGTH = 160;

// The triage list: the feedback in the admin's area, newest first, narrowed by status,
// category, state and words of the page's path.
export async function listFeedback(db: Db, ctx: ActionContext, filters: FeedbackFilters): Promise<{ rows: FeedbackRow[]; total: number; pageCount: number }> {
  const { where: scope } = requireFeedbackAdmin(ctx);
  const where: Prisma.FeedbackWhereInput = {
    AND: [
      scope,
      filters.status ? { status: filters.status } : {},
      filters.category ? { category: filters.category } : {},
      filters.stateId ? { stateId: filters.stateId } : {},
      filters.pageText ? { page: { contains: filters.pageText, mode: "insensitive" } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.feedback.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(filters.page, 1) - 1) * FEEDBACK_PAGE_SIZE,
      take: FEEDBACK_PAGE_SIZE,
      select: {
        id: true, createdAt: true, page: true, category: true, rating: true, status: true, text: true, userId: true, screenshotKey: true, repliedAt: true,
        state: { select: { name: true, nameHi: true } },
      },
    }),
    db.feedback.count({ where }),
  ]);
  return {
    rows: rows.map(({ text, userId, screenshotKey, ...row }) => ({
      ...row,
      excerpt: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text,
      isAnonymous: userId === null,
      hasScreenshot: screenshotKey !== null,
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / FEEDBACK_PAGE_SIZE)),
  };
}
