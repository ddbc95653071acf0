import "server-only";
import { notFound } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import type { ActionContext } from "@/lib/auth/context";
import { listingFormSchema, listingInputOf, type ListingInput } from "@/lib/catalogue/listing-form-schema";
import { getLeafCategory } from "@/lib/catalogue/list-leaf-categories";
import { getDatabase } from "@/lib/db/client";

// The create and edit forms' server side: the schema depends on the submitted category's
// specification fields, so it is built from the category before the form is read.
export async function runListingFormAction<Result>(formData: FormData, run: (input: ListingInput, ctx: ActionContext) => Promise<Result>) {
  const category = await getLeafCategory(getDatabase().db, Number(formData.get("categoryId")) || -1);
  if (!category) notFound();
  return runFormAction(formData, listingFormSchema(category.specFields), (form, ctx) => run(listingInputOf(form), ctx));
}
