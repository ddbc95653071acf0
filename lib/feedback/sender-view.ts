import type { FeedbackStatusName } from "./feedback-schemas";

// What a sender sees of their own feedback: what they sent, where it stands and the reply.
export type SentFeedbackView = {
  id: number;
  createdAt: Date;
  page: string;
  category: string;
  rating: number | null;
  text: string;
  status: FeedbackStatusName;
  reply: string | null;
  repliedAt: Date | null;
  hasScreenshot: boolean;
};

export const SENDER_VIEW_SELECT = {
  id: true, createdAt: true, page: true, category: true, rating: true, text: true, status: true, reply: true, repliedAt: true, screenshotKey: true,
} as const;

export function senderViewOf({ screenshotKey, ...row }: Omit<SentFeedbackView, "hasScreenshot"> & { screenshotKey: string | null }): SentFeedbackView {
  return { ...row, hasScreenshot: screenshotKey !== null };
}
