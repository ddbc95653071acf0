"use server";

import { revalidatePath } from "next/cache";
import { runFormAction } from "@/app/_lib/run-form-action";
import { RevokeApiKeySchema } from "@/lib/admin/schemas";
import { IssueApiKeySchema, issueApiKey, revokeApiKey } from "@/lib/api-keys/api-keys";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

// The new key goes back to the form once, to be shown and copied; only its hash is stored.
export async function issueApiKeyAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, IssueApiKeySchema, (input, ctx) => issueApiKey(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/api-keys");
  return { status: "done", message: "adminApiKeys.issue.done", values: { issuedKey: outcome.result.key } };
}

export async function revokeApiKeyAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, RevokeApiKeySchema, (input, ctx) => revokeApiKey(getDatabase().db, ctx, input.apiKeyId));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/api-keys");
  return { status: "done", message: "adminApiKeys.revoke.done" };
}
