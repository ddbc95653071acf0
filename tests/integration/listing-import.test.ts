import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { importListings } from "@/lib/catalogue/import/import-listings";
import { badRowsCsv } from "@/lib/catalogue/import/listing-csv-files";
import { ListingCsvFileError, parseListingCsv } from "@/lib/catalogue/import/parse-listing-csv";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { desktopRow, listingCsv, sareeRow } from "../factories/listing-csv";
import { setUpTestDatabase } from "../support/test-database";
import { actorWithRoles, createPendingSeller, placesIn } from "./admin-fixtures";
import { actorFor, contextOf, expectRefusedUnchanged } from "./seller-fixtures";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

const token = () => randomBytes(18).toString("base64url");
const seller = async () => contextOf(await actorFor(db(), "mse.seller@kraya.demo"));

describe("CSV listing import", () => {
  it("imports the good rows, waiting for approval, and reports each bad row by row and column", async () => {
    const ctx = await seller();
    const rows = [desktopRow(1), sareeRow(2), desktopRow(3, { price: "60000", "spec:os": "MS-DOS" }), sareeRow(4, { "spec:ram": "8", delivery_states: "KA;XX" })];
    const result = await importListings(db(), ctx, { uploadToken: token(), fileName: "stock.csv", bytes: listingCsv(rows, { bom: true }) });

    expect(result).toMatchObject({ rowCount: 4, importedCount: 2, errorCount: 2, status: "PENDING_APPROVAL", repeated: false });
    expect(result.invalid.map((row) => ({ row: row.row, errors: row.errors.map((error) => [error.column, error.message]) }))).toEqual([
      { row: 4, errors: [["price", "catalogue.errors.priceAboveMrp"], ["spec:os", "listingImport.rowErrors.oneOf"]] },
      { row: 5, errors: [["delivery_states", "listingImport.rowErrors.unknownStates"], ["spec:ram", "listingImport.rowErrors.specNotInCategory"]] },
    ]);
    const listings = await db().listing.findMany({ where: { importId: result.importId }, orderBy: { id: "asc" }, include: { deliveryAreas: true } });
    expect(listings.map((listing) => [listing.title, listing.status, listing.pricePaise, listing.makeInIndiaClass, listing.deliveryAreas.length])).toEqual([
      ["Office desktop computer model 1", "PENDING_APPROVAL", 4_500_000n, "CLASS_I", 2],
      ["Handloom cotton saree 2", "PENDING_APPROVAL", 149_950n, "CLASS_I", 36],
    ]);
    expect(listings[1]).toMatchObject({ gstRateBps: 500, specifications: { fibre: "Cotton", weave: "Jacquard", length: 5.5 }, kind: "PRODUCT" });
    expect(listings.every((listing) => listing.submittedAt !== null)).toBe(true);
    const record = await db().listingImport.findUniqueOrThrow({ where: { id: result.importId } });
    expect(record).toMatchObject({ fileName: "stock.csv", rowCount: 4, importedCount: 2, errorCount: 2 });
    const audits = await db().auditEvent.findMany({ where: { entityType: "ListingImport", entityId: String(result.importId) } });
    expect(audits.map((event) => [event.action, event.data])).toEqual([["listing.imported", { fileName: "stock.csv", rowCount: 4, importedCount: 2, errorCount: 2, status: "PENDING_APPROVAL" }]]);
  });

  it("checks specifications against each row's own category", async () => {
    const ctx = await seller();
    const rows = [desktopRow(5, { "spec:ram": "" }), sareeRow(6, { "spec:length": "-2", "spec:processor": "Intel Core i3" }), { ...sareeRow(7), category: "no-such-category" }];
    const result = await importListings(db(), ctx, { uploadToken: token(), fileName: "mixed.csv", bytes: listingCsv(rows) });
    expect(result.importedCount).toBe(0);
    expect(result.invalid.map((row) => row.errors.map((error) => `${error.column}:${error.message}`))).toEqual([
      ["spec:ram:forms.errors.required"],
      ["spec:processor:listingImport.rowErrors.specNotInCategory", "spec:length:catalogue.errors.positiveNumber"],
      ["category:listingImport.rowErrors.unknownCategory"],
    ]);
  });

  it("reads Excel's files: semicolons, thousands separators, padded and blank rows, the template's help row", async () => {
    const ctx = await seller();
    const header = "Category;Title;Price;MRP;GST_rate;Stock;Delivery_states;spec:fibre;spec:weave;spec:length;;";
    const help = "# help row;anything;;;;;;;;;;";
    const row = 'handloom-cotton-sarees;"Saree, Kota doria";"1,250";"1,500";5;"1,000";MP;Cotton;Plain;5.5;;';
    const bytes = new TextEncoder().encode(`\uFEFF${header}\r\n${help}\r\n${row}\r\n;;;;;;;;;;;\r\n\r\n`);
    const result = await importListings(db(), ctx, { uploadToken: token(), fileName: "excel.csv", bytes });
    expect(result).toMatchObject({ rowCount: 1, importedCount: 1, errorCount: 0 });
    const listing = await db().listing.findFirstOrThrow({ where: { importId: result.importId } });
    expect(listing).toMatchObject({ title: "Saree, Kota doria", pricePaise: 125_000n, stockQuantity: 1000 });
  });

  it("refuses a whole file that is not a listing CSV, before importing anything", () => {
    const refusal = (bytes: Uint8Array) => {
      try {
        parseListingCsv(bytes);
      } catch (error) {
        if (error instanceof ListingCsvFileError) return error.problem;
        throw error;
      }
      return null;
    };
    expect(refusal(new Uint8Array([0x63, 0x61, 0xff, 0xfe]))).toEqual({ code: "notUtf8" });
    expect(refusal(listingCsv([{ category: "x", title: "y" }]))).toEqual({ code: "missingColumns", columns: ["price", "mrp", "gst_rate", "stock", "delivery_states"] });
    expect(refusal(listingCsv([desktopRow(1, { prise: "1" })]))).toEqual({ code: "unknownColumns", columns: ["prise"] });
    expect(refusal(listingCsv(Array.from({ length: 1001 }, (_, serial) => sareeRow(serial))))).toEqual({ code: "tooManyRows", count: 1001 });
    expect(refusal(new Uint8Array(2 * 1024 * 1024 + 1))).toEqual({ code: "tooLarge" });
  });

  it("imports once when the same upload form is sent twice", async () => {
    const ctx = await seller();
    const input = { uploadToken: token(), fileName: "twice.csv", bytes: listingCsv([sareeRow(10), sareeRow(11, { stock: "many" })]) };
    const [first, second] = [await importListings(db(), ctx, input), await importListings(db(), ctx, input)];
    expect(second).toMatchObject({ importId: first.importId, importedCount: 1, errorCount: 1, repeated: true });
    expect(second.invalid.map((row) => row.row)).toEqual([3]);
    expect(await db().listing.count({ where: { importId: first.importId } })).toBe(1);
    expect(await db().listingImport.count({ where: { uploadToken: input.uploadToken } })).toBe(1);
  });

  it("saves nothing when a write fails", async () => {
    const ctx = await seller();
    const before = { listings: await db().listing.count(), imports: await db().listingImport.count(), audits: await db().auditEvent.count() };
    // The import record and the listings are written first; the database then refuses the delivery areas.
    await db().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_import() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql`);
    await db().$executeRawUnsafe(`CREATE TRIGGER refuse_import BEFORE INSERT ON "ListingDeliveryArea" FOR EACH STATEMENT EXECUTE FUNCTION refuse_import()`);
    try {
      await expect(importListings(db(), ctx, { uploadToken: token(), fileName: "fails.csv", bytes: listingCsv([sareeRow(20), sareeRow(21)]) })).rejects.toThrow();
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER refuse_import ON "ListingDeliveryArea"`);
    }
    expect({ listings: await db().listing.count(), imports: await db().listingImport.count(), audits: await db().auditEvent.count() }).toEqual(before);
  });

  it("keeps the listings of a seller who may not go live yet as drafts", async () => {
    const places = await placesIn(db(), "BR");
    const { owner } = await createPendingSeller(db(), places.home);
    const result = await importListings(db(), contextOf(owner), { uploadToken: token(), fileName: "drafts.csv", bytes: listingCsv([sareeRow(30)]) });
    expect(result.status).toBe("DRAFT");
    expect(await db().listing.findFirstOrThrow({ where: { importId: result.importId } })).toMatchObject({ status: "DRAFT", submittedAt: null, sellerId: owner.sellerId });
  });

  it("imports only for the signed-in seller, and refuses other roles and other sellers' upload tokens", async () => {
    const bytes = listingCsv([sareeRow(40)]);
    const buyer = await actorWithRoles(db(), ["BUYER"]);
    const sellerWithoutFirm = await actorWithRoles(db(), ["SELLER_ADMIN"]);
    await expectRefusedUnchanged(db(), () => importListings(db(), contextOf(null), { uploadToken: token(), fileName: "a.csv", bytes }), UnauthenticatedError);
    await expectRefusedUnchanged(db(), () => importListings(db(), contextOf(buyer), { uploadToken: token(), fileName: "a.csv", bytes }), ForbiddenError);
    await expectRefusedUnchanged(db(), () => importListings(db(), contextOf(sellerWithoutFirm), { uploadToken: token(), fileName: "a.csv", bytes }), NotFoundError);
    const used = token();
    await importListings(db(), await seller(), { uploadToken: used, fileName: "mine.csv", bytes });
    const other = contextOf(await actorFor(db(), "shg.seller@kraya.demo"));
    await expectRefusedUnchanged(db(), () => importListings(db(), other, { uploadToken: used, fileName: "mine.csv", bytes }), NotFoundError);
  });

  it("writes the bad rows back with an errors column that the importer ignores, formulas disarmed", async () => {
    const ctx = await seller();
    const description = "=HYPERLINK(\"http://example.com\") cotton";
    const first = await importListings(db(), ctx, { uploadToken: token(), fileName: "bad.csv", bytes: listingCsv([sareeRow(50, { mrp: "10", description })]) });
    const csv = badRowsCsv(first.columns, first.invalid, (error) => `(${error.message})`);
    expect(csv.split("\r\n")[1]).toContain('price: (catalogue.errors.priceAboveMrp)');
    expect(csv.split("\r\n")[1]).toContain(`"'=HYPERLINK(""http://example.com"") cotton"`);
    const fixed = csv.replace(",10,", ",2000,");
    const again = await importListings(db(), ctx, { uploadToken: token(), fileName: "fixed.csv", bytes: new TextEncoder().encode(fixed) });
    expect(again).toMatchObject({ importedCount: 1, errorCount: 0 });
    const imported = await db().listing.findFirstOrThrow({ where: { title: "Handloom cotton saree 50" }, orderBy: { id: "desc" }, select: { description: true } });
    expect(imported.description).toBe(description);
  });
});
