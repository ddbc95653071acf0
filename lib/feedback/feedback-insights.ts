import "server-only";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { FEEDBACK_STATUSES, type FeedbackStatusName } from "./feedback-schemas";
import { requireFeedbackAdmin } from "./feedback-scope";
import { topWords, type WordCount } from "./feedback-words";
import { IST_OFFSET_MS } from "../i18n/ist-dates";

// The texts read for the words of each category: its latest ones, enough to show a trend.
const TEXTS_PER_CATEGORY = 500;
export const INSIGHT_PERIODS = [3, 6, 12, 24] as const;

export type Volume = { count: number; rated: number; averageRating: number | null };
export type FeedbackInsights = {
  months: number;
  from: Date;
  total: Volume;
  byCategory: (Volume & { category: string })[];
  // stateId null: anonymous feedback, and senders without a state (central, national).
  byState: (Volume & { stateId: number | null; name: string | null; nameHi: string | null })[];
  // Every IST month of the period, oldest first, "2026-03".
  byMonth: (Volume & { month: string })[];
  byStatus: { status: FeedbackStatusName; count: number }[];
  words: { category: string; words: WordCount[] }[];
};

type Cell = { category: string | null; state_id: number | null; month: string | null; status: FeedbackStatusName | null; count: number; rated: number; average: number | null; g_category: number; g_state: number; g_month: number; g_status: number };

// The first instant of the IST month `back` months before the one `now` falls in.
function istMonthStart(now: Date, back: number): Date {
  const ist = new Date(now.getTime() + IST_OFFSET_MS);
  return new Date(Date.UTC(ist.getUTCFullYear(), ist.getUTCMonth() - back, 1) - IST_OFFSET_MS);
}

const monthKey = (start: Date) => new Date(start.getTime() + IST_OFFSET_MS).toISOString().slice(0, 7);

// Volume and ratings of the feedback in the admin's area over the last `months` IST months
// (this one included), by category, state, month and status: one scan of the table with
// grouping sets. Then the most common words of each category.
export async function getFeedbackInsights(db: Db, ctx: ActionContext, options: { months: number }): Promise<FeedbackInsights> {
  const { where } = requireFeedbackAdmin(ctx);
  const now = nowOf(ctx);
  const from = istMonthStart(now, options.months - 1);
  const scope = where.stateId === undefined ? Prisma.empty : Prisma.sql`AND "stateId" = ${where.stateId}`;
  const period = Prisma.sql`"createdAt" >= ${from} AND "createdAt" <= ${now} ${scope}`;
  const [cells, texts] = await Promise.all([
    db.$queryRaw<Cell[]>`
      SELECT category, state_id, month, status, count(*)::int AS count, count(rating)::int AS rated, avg(rating)::float8 AS average,
        GROUPING(category)::int AS g_category, GROUPING(state_id)::int AS g_state, GROUPING(month)::int AS g_month, GROUPING(status)::int AS g_status
      FROM (
        SELECT category, "stateId" AS state_id, to_char("createdAt" + interval '330 minutes', 'YYYY-MM') AS month, status::text AS status, rating
        FROM "Feedback" WHERE ${period}
      ) f
      GROUP BY GROUPING SETS ((category), (state_id), (month), (status), ())`,
    db.$queryRaw<{ category: string; text: string }[]>`
      SELECT category, text FROM (
        SELECT category, text, row_number() OVER (PARTITION BY category ORDER BY "createdAt" DESC, id DESC) AS n FROM "Feedback" WHERE ${period}
      ) latest WHERE n <= ${TEXTS_PER_CATEGORY}`,
  ]);
  const volume = (cell: Cell | undefined): Volume => ({ count: cell?.count ?? 0, rated: cell?.rated ?? 0, averageRating: cell?.average ?? null });
  // Largest first; ties by name, so the order never depends on the plan.
  const byCount = <Row extends { count: number }>(rows: Row[], name: (row: Row) => string) => rows.sort((a, b) => b.count - a.count || name(a).localeCompare(name(b)));

  const stateCells = cells.filter((cell) => cell.g_state === 0);
  const stateIds = stateCells.flatMap((cell) => (cell.state_id === null ? [] : [cell.state_id]));
  const states = new Map((await db.state.findMany({ where: { id: { in: stateIds } }, select: { id: true, name: true, nameHi: true } })).map((state) => [state.id, state]));
  const months = new Map(cells.filter((cell) => cell.g_month === 0).map((cell) => [cell.month, cell]));
  const textsOf = new Map<string, string[]>();
  for (const row of texts) {
    const list = textsOf.get(row.category) ?? [];
    list.push(row.text);
    textsOf.set(row.category, list);
  }

  return {
    months: options.months,
    from,
    total: volume(cells.find((cell) => cell.g_category + cell.g_state + cell.g_month + cell.g_status === 4)),
    byCategory: byCount(cells.filter((cell) => cell.g_category === 0).map((cell) => ({ category: cell.category ?? "", ...volume(cell) })), (row) => row.category),
    byState: byCount(stateCells.map((cell) => {
      const state = cell.state_id === null ? undefined : states.get(cell.state_id);
      return { stateId: cell.state_id, name: state?.name ?? null, nameHi: state?.nameHi ?? null, ...volume(cell) };
    }), (row) => row.name ?? "\uffff"),
    byMonth: Array.from({ length: options.months }, (_, index) => {
      const month = monthKey(istMonthStart(now, options.months - 1 - index));
      return { month, ...volume(months.get(month)) };
    }),
    byStatus: FEEDBACK_STATUSES.flatMap((status) => cells.filter((cell) => cell.g_status === 0 && cell.status === status).map((cell) => ({ status, count: cell.count }))),
    words: [...textsOf].map(([category, categoryTexts]) => ({ category, words: topWords(categoryTexts) })).sort((a, b) => a.category.localeCompare(b.category)),
  };
}
