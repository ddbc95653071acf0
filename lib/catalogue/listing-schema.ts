import { z } from "zod";
import { rupeesToPaise } from "../money/parse-rupees";

// One description of a listing's own fields for the seller's form (browser and server) and
// for CSV upload. The category's specifications are checked by specificationsSchema
// (spec-fields.ts), the category itself and delivery areas by the use case. Messages are
// i18n keys (catalogue.json).

const required = { error: "forms.errors.required" };
const text = (min: number, max: number) =>
  z.string(required).trim().min(min, { error: min > 1 ? "catalogue.errors.tooShort" : required.error }).max(max, { error: "forms.errors.tooLong" });
const whole = (min: number, max: number, message: string) =>
  z.coerce.number(required).int({ error: message }).min(min, { error: message }).max(max, { error: message });
const rupees = z
  .union([z.string(required), z.number()])
  .transform((value, ctx) => {
    const paise = rupeesToPaise(String(value));
    if (paise === null || paise <= 0) {
      ctx.addIssue({ code: "custom", message: "catalogue.errors.amount" });
      return z.NEVER;
    }
    return paise;
  });

// GST slabs a listing may carry (CGST + SGST, or IGST), in basis points.
export const GST_RATES_BPS = [0, 500, 1200, 1800, 2800] as const;

export const ListingFields = z
  .object({
    categoryId: z.coerce.number({ error: "forms.errors.choose" }).int({ error: "forms.errors.choose" }).positive({ error: "forms.errors.choose" }),
    title: text(5, 150),
    description: z.string().trim().max(2_000, { error: "forms.errors.tooLong" }).default(""),
    brand: text(1, 60).optional(),
    model: text(1, 60).optional(),
    price: rupees,
    mrp: rupees,
    gstRateBps: z.coerce.number(required).refine((rate) => (GST_RATES_BPS as readonly number[]).includes(rate), { error: "forms.errors.choose" }),
    stockQuantity: whole(0, 10_000_000, "catalogue.errors.stock"),
    minOrderQuantity: whole(1, 100_000, "catalogue.errors.minOrder"),
    deliveryDays: whole(1, 180, "catalogue.errors.deliveryDays"),
    countryOfOrigin: z
      .string(required)
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { error: "catalogue.errors.country" }),
    localContentPercent: whole(0, 100, "catalogue.errors.localContent"),
  })
  .superRefine((listing, ctx) => {
    // The MRP (market price for a service) is the ceiling: the saving a buyer sees is measured against it.
    if (listing.price > listing.mrp) ctx.addIssue({ code: "custom", path: ["price"], message: "catalogue.errors.priceAboveMrp" });
    // Imported goods cannot claim to be wholly local.
    if (listing.countryOfOrigin !== "IN" && listing.localContentPercent === 100) {
      ctx.addIssue({ code: "custom", path: ["localContentPercent"], message: "catalogue.errors.importedFullyLocal" });
    }
    if (listing.minOrderQuantity > Math.max(listing.stockQuantity, 1) && listing.stockQuantity > 0) {
      ctx.addIssue({ code: "custom", path: ["minOrderQuantity"], message: "catalogue.errors.minOrderAboveStock" });
    }
  });

export type ListingFieldsInput = z.input<typeof ListingFields>;
export type ListingFieldValues = z.output<typeof ListingFields>;

// A change to any of these changes what the buyer is buying: the listing goes back to the
// approval queue. Price (never above the approved MRP), stock, minimum order, delivery days
// and delivery areas are the seller's to change at any time.
export const MATERIAL_FIELDS = ["categoryId", "title", "description", "brand", "model", "mrp", "countryOfOrigin", "localContentPercent", "specifications", "images"] as const;
