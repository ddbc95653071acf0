import { describe, expect, it } from "vitest";
import { ListingFields } from "@/lib/catalogue/listing-schema";
import { makeInIndiaClass } from "@/lib/catalogue/make-in-india";
import { marketPagesOf } from "@/lib/catalogue/market-pages";
import { parseSpecFields, specificationsSchema } from "@/lib/catalogue/spec-fields";
import { rupeesToPaise } from "@/lib/money/parse-rupees";

describe("Make in India class", () => {
  it.each([
    [100, "CLASS_I"],
    [50, "CLASS_I"],
    [49, "CLASS_II"],
    [20, "CLASS_II"],
    [19, "NON_LOCAL"],
    [0, "NON_LOCAL"],
  ])("%i %% local content is %s", (percent, expected) => {
    expect(makeInIndiaClass(percent)).toBe(expected);
  });
});

describe("rupees to paise", () => {
  it.each([
    ["1,49,422", 14_942_200],
    ["Rs 250.5", 25_050],
    ["₹ 99.99", 9_999],
    ["12.345", null],
    ["-5", null],
    ["ten", null],
  ])("%s", (input, expected) => {
    expect(rupeesToPaise(input)).toBe(expected);
  });
});

const valid = {
  categoryId: 3, title: "Ergonomic office chair", price: "4,500", mrp: "6000", gstRateBps: 1800,
  stockQuantity: 40, minOrderQuantity: 1, deliveryDays: 7, countryOfOrigin: "in", localContentPercent: 80,
};

describe("listing fields", () => {
  it("accepts a complete listing and converts rupees to paise", () => {
    const parsed = ListingFields.parse(valid);
    expect(parsed).toMatchObject({ price: 450_000, mrp: 600_000, countryOfOrigin: "IN", description: "" });
  });

  it("refuses a price above the MRP, on the price field", () => {
    const result = ListingFields.safeParse({ ...valid, price: "6001" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["price", "catalogue.errors.priceAboveMrp"]]);
  });

  it("refuses imported goods with 100 % local content, and a minimum order above the stock", () => {
    const result = ListingFields.safeParse({ ...valid, countryOfOrigin: "CN", localContentPercent: 100, stockQuantity: 5, minOrderQuantity: 10 });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["localContentPercent", "minOrderQuantity"]);
  });
});

describe("specifications", () => {
  const fields = parseSpecFields([
    { key: "ram", label: "RAM", labelHi: "रैम", type: "number", unit: "GB", required: true, keySpec: true },
    { key: "os", label: "OS", labelHi: "ओएस", type: "enum", values: ["Windows 11 Pro", "Ubuntu Linux"], required: true },
    { key: "colour", label: "Colour", labelHi: "रंग", type: "text" },
  ]);
  const schema = specificationsSchema(fields);

  it("keeps the category's fields, numbers as numbers, and drops the rest", () => {
    expect(schema.parse({ ram: "16", os: "Ubuntu Linux", colour: "", extra: "x" })).toEqual({ ram: 16, os: "Ubuntu Linux" });
  });

  it("names each field that is missing or not allowed", () => {
    const result = schema.safeParse({ ram: "-4", os: "MS-DOS" });
    expect(Object.fromEntries(result.error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [])).toEqual({
      ram: "catalogue.errors.positiveNumber",
      os: "forms.errors.choose",
    });
  });
});

describe("market pages", () => {
  it("puts an SHG's SARAS product on the SARAS page, and a women-owned startup's on Womaniya and Startup Runway", () => {
    expect(marketPagesOf({ market: "SARAS", isShg: true, isWomenOwned: true, isStartup: false })).toEqual(["saras-collection", "womaniya"]);
    expect(marketPagesOf({ market: "SARAS", isShg: false, isWomenOwned: false, isStartup: false })).toEqual([]);
    expect(marketPagesOf({ market: null, isShg: false, isWomenOwned: true, isStartup: true })).toEqual(["womaniya", "startup-runway"]);
  });
});
