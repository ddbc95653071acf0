import { z } from "zod";
import { FEEDBACK_CATEGORIES, isSameSitePath } from "./feedback-pages";

// The feedback forms, shared by the browser and the server actions. The domain checks what a
// form cannot know: who sends, the spam signals, the sender's recent feedback, the screenshot's
// bytes, the admin's area and the current status.

const required = { error: "forms.errors.required" };
const choose = { error: "forms.errors.choose" };
const id = z.coerce.number(choose).int(choose).positive(choose);
const key = z.string(required).regex(/^[A-Za-z0-9_-]{16,64}$/, required);

export const FEEDBACK_STATUSES = ["NEW", "ACKNOWLEDGED", "PLANNED", "DONE", "WONT_DO"] as const;
export type FeedbackStatusName = (typeof FEEDBACK_STATUSES)[number];

export const FEEDBACK_TEXT = { min: 10, max: 2000 } as const;
// More links than this is what advertising looks like, not feedback.
export const MAX_LINKS = 2;
export const SCREENSHOT = { maxBytes: 2 * 1024 * 1024, types: ["image/png", "image/jpeg", "image/webp"] } as const;

const LINK = /\b(?:https?:\/\/|www\.)[^\s]+/gi;

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

const rating = z.coerce.number({ error: "feedback.errors.rating" }).int({ error: "feedback.errors.rating" }).min(1, { error: "feedback.errors.rating" }).max(5, { error: "feedback.errors.rating" });

export const FeedbackSchema = z.object({
  formKey: key,
  page: z.string(required).trim().refine(isSameSitePath, { error: "feedback.errors.page" }),
  category: z.enum(FEEDBACK_CATEGORIES, choose),
  rating: rating.optional(),
  text: z
    .string(required)
    .trim()
    .min(FEEDBACK_TEXT.min, { error: "feedback.errors.textLength" })
    .max(FEEDBACK_TEXT.max, { error: "feedback.errors.textLength" })
    .refine((text) => countLinks(text) <= MAX_LINKS, { error: "feedback.errors.tooManyLinks" }),
  // The honeypot: a field people never see (hidden from sight and from screen readers) that
  // form-filling robots fill in.
  website: z.string().max(500).optional(),
  // When the form was shown, signed by the server (form-start-token.ts).
  startedAt: z.string().max(200).optional(),
});
export type FeedbackInput = z.output<typeof FeedbackSchema>;

export const TriageSchema = z.object({
  feedbackId: id,
  status: z.enum(FEEDBACK_STATUSES, choose),
  reply: z.string().trim().min(5, { error: "feedback.errors.replyLength" }).max(FEEDBACK_TEXT.max, { error: "feedback.errors.replyLength" }).optional(),
});
export type TriageInput = z.output<typeof TriageSchema>;
