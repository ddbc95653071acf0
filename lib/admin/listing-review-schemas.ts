import { z } from "zod";
import { LISTING_REJECTION_REASONS } from "../catalogue/listing-rejection-reasons";
import { Market } from "../db/generated/enums";

// The listing approval queue's filters and decision forms; one schema checks browser and server.

export const SELLER_TYPES = ["isMse", "isWomenOwned", "isScStOwned", "isStartup", "isShg", "isArtisan", "isWeaver"] as const;
export type SellerType = (typeof SELLER_TYPES)[number];

const id = z.coerce.number().int().positive();

export const ListingQueueFiltersSchema = z.object({
  categoryId: id.optional().catch(undefined),
  market: z.enum(Market).optional().catch(undefined),
  sellerType: z.enum(SELLER_TYPES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ListingQueueFilters = z.input<typeof ListingQueueFiltersSchema>;

export const ApproveListingSchema = z.object({ listingId: id });

export const RejectListingSchema = z
  .object({
    listingId: id,
    reasonCode: z.enum(LISTING_REJECTION_REASONS, { error: "listingReview.errors.reason" }),
    note: z.string().trim().max(1000, { error: "forms.errors.tooLong" }).optional(),
  })
  .superRefine((input, issues) => {
    if (input.reasonCode === "OTHER" && !input.note) issues.addIssue({ code: "custom", path: ["note"], message: "listingReview.errors.noteRequired" });
  });
