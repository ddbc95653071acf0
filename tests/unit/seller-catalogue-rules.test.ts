import { describe, expect, it } from "vitest";
import { cloneTitle } from "@/lib/catalogue/clone-listing";
import { statusAfterMaterialEdit, statusOnResume } from "@/lib/catalogue/listing-approval-state";
import { listingChanges } from "@/lib/catalogue/listing-changes";
import { listingFormSchema, listingInputOf } from "@/lib/catalogue/listing-form-schema";
import { sniffImageType } from "@/lib/catalogue/listing-image-file";
import { checkMediaKey } from "@/lib/media/media-storage";
import type { SpecField } from "@/lib/catalogue/spec-fields";

const now = new Date("2026-03-01T10:00:00Z");

describe("approval after an edit", () => {
  it.each([
    ["APPROVED", true, { status: "PENDING_APPROVAL", approvedAt: null, submittedAt: now }],
    ["PAUSED", true, { status: "PENDING_APPROVAL", approvedAt: null, submittedAt: now }],
    ["REJECTED", true, { status: "PENDING_APPROVAL", approvedAt: null, submittedAt: now }],
    ["APPROVED", false, { status: "DRAFT", approvedAt: null }],
    ["DRAFT", true, {}],
    ["PENDING_APPROVAL", true, {}],
  ] as const)("a material edit of a %s listing (seller may go live: %s)", (status, canGoLive, patch) => {
    expect(statusAfterMaterialEdit(status, canGoLive, now)).toEqual(patch);
  });

  it("resumes on sale only with approved content", () => {
    expect(statusOnResume(now)).toBe("APPROVED");
    expect(statusOnResume(null)).toBe("DRAFT");
  });

  it("tells material changes from the seller's day-to-day ones", () => {
    const stored = { title: "Almirah", pricePaise: 100n, stockQuantity: 4, specifications: { a: 1, b: "x" } };
    expect(listingChanges(stored, { ...stored, pricePaise: 90n, stockQuantity: 9 })).toEqual({
      fields: ["pricePaise", "stockQuantity"],
      isMaterial: false,
      before: { pricePaise: 100n, stockQuantity: 4 },
      after: { pricePaise: 90n, stockQuantity: 9 },
    });
    expect(listingChanges(stored, { ...stored, specifications: { b: "x", a: 1 } }).fields).toEqual([]);
    expect(listingChanges(stored, { ...stored, specifications: { a: 2, b: "x" } }).isMaterial).toBe(true);
    expect(listingChanges(stored, { ...stored, title: "Steel almirah" }).isMaterial).toBe(true);
  });
});

describe("the listing form schema", () => {
  const fields: SpecField[] = [
    { key: "material", label: "Material", labelHi: "सामग्री", type: "enum", values: ["Steel", "Wood"], required: true, keySpec: true },
    { key: "height", label: "Height", labelHi: "ऊँचाई", type: "number", unit: "cm", required: false, keySpec: false },
  ];
  const form = {
    categoryId: "4", title: "Steel almirah", price: "12,500", mrp: "15000", gstRateBps: "1800", stockQuantity: "5", minOrderQuantity: "1",
    deliveryDays: "7", countryOfOrigin: "IN", localContentPercent: "60", deliveryScope: "STATES", deliveryStateIds: ["3", "5"], spec_material: "Steel", spec_height: "180",
  };

  it("reads the specifications and delivery areas into the use case's input", () => {
    const parsed = listingFormSchema(fields).parse(form);
    expect(listingInputOf(parsed)).toMatchObject({ price: 1_250_000, mrp: 1_500_000, specifications: { material: "Steel", height: 180 }, delivery: { scope: "STATES", stateIds: [3, 5] } });
  });

  it.each([
    [{ spec_material: "" }, "spec_material", "forms.errors.choose"],
    [{ spec_material: "Plastic" }, "spec_material", "forms.errors.choose"],
    [{ spec_height: "-3" }, "spec_height", "catalogue.errors.positiveNumber"],
    [{ price: "16000" }, "price", "catalogue.errors.priceAboveMrp"],
  ])("refuses %j with a message on the field", (change, field, message) => {
    const result = listingFormSchema(fields).safeParse({ ...form, ...change });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([[field, message]]);
  });

  it("asks for states only when the seller delivers to chosen states", () => {
    const result = listingFormSchema([]).safeParse({ ...form, deliveryStateIds: [] });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["listingEditor.errors.chooseStates"]);
  });
});

describe("image types by content", () => {
  it("knows JPEG, PNG and WebP by their first bytes", () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))?.ext).toBe("jpg");
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))?.ext).toBe("png");
    expect(sniffImageType(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))?.ext).toBe("webp");
    expect(sniffImageType(new TextEncoder().encode("GIF89a"))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode("RIFF\0\0\0\0WAVEfmt "))).toBeNull();
  });

  it("keeps media keys inside the store", () => {
    expect(checkMediaKey("listings/1/ab/thumb.webp")).toBe("listings/1/ab/thumb.webp");
    for (const bad of ["../x", "listings/../../x", "/etc/passwd", "Listings/X", "a//b"]) expect(() => checkMediaKey(bad)).toThrow();
  });
});

describe("the title of a clone", () => {
  it("says it is a copy once, within the 150 characters a title may have", () => {
    expect(cloneTitle("Steel almirah")).toBe("Steel almirah (copy)");
    expect(cloneTitle("Steel almirah (copy)")).toBe("Steel almirah (copy)");
    expect(cloneTitle("x".repeat(150))).toHaveLength(150);
  });
});
