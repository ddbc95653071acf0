import "server-only";
import { auditActorOf, recordAudit } from "../../audit/record-audit";
import { nowOf, requireRole, type ActionContext } from "../../auth/context";
import type { Db, Tx } from "../../db/client";
import type { ListingStatus } from "../../db/generated/enums";
import { FieldValidationError, NotFoundError } from "../../errors";
import { refreshListingSearch } from "../../search/refresh-listing-search";
import { listingEligibility } from "../../sellers/listing-eligibility";
import { makeInIndiaClass } from "../make-in-india";
import { loadImportReference } from "./load-import-reference";
import { ListingCsvFileError, parseListingCsv } from "./parse-listing-csv";
import { validateListingRows, type InvalidRow, type ValidRow } from "./validate-listing-rows";

export type ImportListingsInput = { uploadToken: string; fileName: string; bytes: Uint8Array };

export type ListingImportResult = {
  importId: number;
  fileName: string;
  rowCount: number;
  importedCount: number;
  errorCount: number;
  // What the imported listings became: waiting for approval, or drafts until the seller may go live.
  status: ListingStatus;
  // A second submit of the same upload form: nothing was imported this time.
  repeated: boolean;
  columns: string[];
  invalid: InvalidRow[];
};

const TOKEN = /^[A-Za-z0-9_-]{16,100}$/;

// Bulk upload: every valid row becomes a listing of the signed-in seller, all in one
// transaction (if any write fails, nothing is saved); bad rows are reported and left out.
// The upload form's one-time token makes a double submit import once.
export async function importListings(db: Db, ctx: ActionContext, input: ImportListingsInput): Promise<ListingImportResult> {
  const { actor, role } = requireRole(ctx, "SELLER_ADMIN", "SELLER_STAFF");
  if (actor.sellerId === null) throw new NotFoundError("Seller");
  const sellerId = actor.sellerId;
  if (!TOKEN.test(input.uploadToken)) throw new FieldValidationError({ file: "listingImport.fileErrors.expired" });
  const fileName = input.fileName.slice(0, 200) || "listings.csv";

  const earlier = await findEarlierImport(db, sellerId, input);
  if (earlier) return earlier;

  const csv = parseListingCsv(input.bytes);
  const { valid, invalid } = validateListingRows(csv, await loadImportReference(db));
  const seller = await db.seller.findUniqueOrThrow({
    where: { id: sellerId },
    select: { verificationStatus: true, profileCompleteness: true, stateId: true, districtId: true, blockId: true },
  });
  const status: ListingStatus = listingEligibility(seller).canGoLive ? "PENDING_APPROVAL" : "DRAFT";
  const counts = { rowCount: csv.rows.length, importedCount: valid.length, errorCount: invalid.length };
  try {
    const importId = await db.$transaction(
      async (tx) => {
        const record = await tx.listingImport.create({ data: { uploadToken: input.uploadToken, sellerId, userId: actor.userId, fileName, ...counts }, select: { id: true } });
        const listingIds = await insertListings(tx, { sellerId, importId: record.id, status, now: nowOf(ctx) }, valid);
        await refreshListingSearch(tx, { listingIds });
        await recordAudit(tx, auditActorOf(ctx, role), {
          action: "listing.imported",
          entityType: "ListingImport",
          entityId: record.id,
          data: { fileName, ...counts, status },
          sellerId,
          place: { stateId: seller.stateId, districtId: seller.districtId, blockId: seller.blockId },
        });
        return record.id;
      },
      { timeout: 120_000 },
    );
    return { importId, fileName, ...counts, status, repeated: false, columns: csv.columns, invalid };
  } catch (error) {
    // The same form sent twice at the same moment: the unique token lets one through.
    const repeated = isUniqueViolation(error) ? await findEarlierImport(db, sellerId, input) : null;
    if (repeated) return repeated;
    throw error;
  }
}

type Batch = { sellerId: number; importId: number; status: ListingStatus; now: Date };

// One INSERT for the listings and one for their delivery areas, whatever the row count.
async function insertListings(tx: Tx, batch: Batch, rows: ValidRow[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const created = await tx.listing.createManyAndReturn({
    data: rows.map(({ fields, specifications, kind }) => ({
      sellerId: batch.sellerId,
      categoryId: fields.categoryId,
      kind,
      title: fields.title,
      description: fields.description,
      brand: fields.brand ?? null,
      model: fields.model ?? null,
      specifications,
      pricePaise: BigInt(fields.price),
      mrpPaise: BigInt(fields.mrp),
      gstRateBps: fields.gstRateBps,
      stockQuantity: fields.stockQuantity,
      minOrderQuantity: fields.minOrderQuantity,
      deliveryDays: fields.deliveryDays,
      countryOfOrigin: fields.countryOfOrigin,
      localContentPercent: fields.localContentPercent,
      makeInIndiaClass: makeInIndiaClass(fields.localContentPercent),
      status: batch.status,
      submittedAt: batch.status === "PENDING_APPROVAL" ? batch.now : null,
      importId: batch.importId,
    })),
    select: { id: true },
  });
  // Ids come from the sequence in the order of the rows.
  const ids = created.map((listing) => listing.id).sort((a, b) => a - b);
  await tx.listingDeliveryArea.createMany({
    data: rows.flatMap((row, index) => row.stateIds.map((stateId) => ({ listingId: ids[index] as number, stateId }))),
  });
  return ids;
}

// The first submit's counts; the rows of this file are checked again (nothing is written)
// so the bad ones can be shown once more.
async function findEarlierImport(db: Db, sellerId: number, input: ImportListingsInput): Promise<ListingImportResult | null> {
  const earlier = await db.listingImport.findUnique({
    where: { uploadToken: input.uploadToken },
    select: { id: true, sellerId: true, fileName: true, rowCount: true, importedCount: true, errorCount: true, listings: { take: 1, select: { status: true } } },
  });
  if (!earlier) return null;
  if (earlier.sellerId !== sellerId) throw new NotFoundError("ListingImport");
  let checked: { columns: string[]; invalid: InvalidRow[] } = { columns: [], invalid: [] };
  try {
    const csv = parseListingCsv(input.bytes);
    checked = { columns: csv.columns, invalid: validateListingRows(csv, await loadImportReference(db)).invalid };
  } catch (error) {
    if (!(error instanceof ListingCsvFileError)) throw error;
  }
  const { id, listings, ...counts } = earlier;
  return { importId: id, ...counts, status: listings[0]?.status ?? "DRAFT", repeated: true, ...checked };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "P2002";
}
