import { z } from "zod";
import { Role } from "../db/generated/enums";

// The front matter of the help files, checked when they are loaded (and by the content test):
// a mistake in a Markdown file fails loudly instead of showing a half-empty page.
export const HELP_AUDIENCES = ["buyer", "seller"] as const;
export type HelpAudience = (typeof HELP_AUDIENCES)[number];

const Keywords = z.array(z.string().trim().min(2)).min(3);
const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const GuideFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(80),
  summary: z.string().trim().min(20).max(300),
  audience: z.enum(HELP_AUDIENCES),
  roles: z.array(z.enum(Role)).min(1),
  keywords: Keywords,
  order: z.number().int().positive(),
  video: Slug.optional(),
});

export const FaqFrontMatterSchema = z.strictObject({
  question: z.string().trim().min(5).max(160),
  audience: z.enum(HELP_AUDIENCES),
  keywords: Keywords,
  order: z.number().int().positive(),
});

// The words a manual (PDF) prints around the guides, per content language.
export const ManualLabelsSchema = z.strictObject({
  titles: z.strictObject({ buyer: z.string().min(3), seller: z.string().min(3) }),
  subtitle: z.string().min(10),
  contents: z.string().min(2),
  faqs: z.string().min(2),
  footer: z.string().min(10),
});
export type ManualLabels = z.infer<typeof ManualLabelsSchema>;
