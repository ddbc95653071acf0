import "server-only";
import type { Tx } from "../db/client";
import { FieldValidationError } from "../errors";
import { formAgeMs, MAX_FORM_AGE_MS, MIN_FILL_MS } from "./sender-signals";

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

// Per address (its hash): a burst of 3 in 10 minutes, and 10 in a day.
export const ANONYMOUS_LIMITS = [
  { windowMs: 10 * MINUTE_MS, max: 3 },
  { windowMs: DAY_MS, max: 10 },
] as const;

// Refused for sending too often; retryAt is when the oldest feedback counted leaves its window.
export class FeedbackRateLimitError extends FieldValidationError {
  constructor(readonly retryAt: Date) {
    super({ form: "feedback.errors.rateLimited" });
    this.name = "FeedbackRateLimitError";
  }
}

// A person takes a few seconds to write; a robot posts at once, or replays an old form.
export function checkFillTime(startedAt: string | undefined, now: Date): void {
  const age = formAgeMs(startedAt, now);
  if (age === null || age > MAX_FORM_AGE_MS) throw new FieldValidationError({ form: "feedback.errors.formExpired" });
  if (age < MIN_FILL_MS) throw new FieldValidationError({ form: "feedback.errors.tooFast" });
}

const normalised = (text: string) => text.toLocaleLowerCase("en-IN").replace(/\s+/g, " ").trim();

// The address's anonymous feedback of the last day decides both limits and whether this
// text was sent already.
export async function checkAnonymousLimits(tx: Tx, ipHash: string, text: string, now: Date): Promise<void> {
  const recent = await tx.feedback.findMany({
    where: { ipHash, userId: null, createdAt: { gt: new Date(now.getTime() - DAY_MS), lte: now } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, text: true },
  });
  let retryAt: number | null = null;
  for (const { windowMs, max } of ANONYMOUS_LIMITS) {
    const counted = recent.filter((row) => row.createdAt.getTime() > now.getTime() - windowMs);
    const oldestCounted = counted[max - 1];
    if (oldestCounted) retryAt = Math.max(retryAt ?? 0, oldestCounted.createdAt.getTime() + windowMs);
  }
  if (retryAt !== null) throw new FeedbackRateLimitError(new Date(retryAt));
  if (recent.some((row) => normalised(row.text) === normalised(text))) throw new FieldValidationError({ text: "feedback.errors.duplicate" });
}
