"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { requirePortal } from "@/lib/auth/require";
import { importListings } from "@/lib/catalogue/import/import-listings";
import { ListingCsvFileError } from "@/lib/catalogue/import/parse-listing-csv";
import { getDatabase } from "@/lib/db/client";
import { FieldValidationError, NotFoundError } from "@/lib/errors";
import { fileErrorState, importResultState } from "./import-result-view";
import type { ImportState } from "./import-state";

export async function importListingsAction(_: ImportState, formData: FormData): Promise<ImportState> {
  await requirePortal("seller", "/seller/listings/import");
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "failed", message: "listingImport.fileErrors.noFile" };
  const input = { uploadToken: String(formData.get("uploadToken") ?? ""), fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  try {
    const result = await importListings(getDatabase().db, await actionContext(), input);
    revalidatePath("/seller", "layout");
    return importResultState(result, await getTranslations());
  } catch (error) {
    if (error instanceof ListingCsvFileError) return fileErrorState(error);
    if (error instanceof FieldValidationError) return { status: "failed", message: Object.values(error.fieldErrors)[0] ?? "listingImport.fileErrors.expired" };
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
