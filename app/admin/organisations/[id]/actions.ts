"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { RejectOrganisationSchema, VerifyOrganisationSchema } from "@/lib/admin/organisation-decision-schema";
import { rejectOrganisation, verifyOrganisation } from "@/lib/admin/verify-organisation";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

export async function verifyOrganisationAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, VerifyOrganisationSchema, async (input, ctx) => {
    await verifyOrganisation(getDatabase().db, ctx, input);
    return input.organisationId;
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/organisations");
  redirect(`/admin/organisations/${outcome.result}`);
}

export async function rejectOrganisationAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, RejectOrganisationSchema, async (input, ctx) => {
    await rejectOrganisation(getDatabase().db, ctx, input);
    return input.organisationId;
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/organisations");
  redirect(`/admin/organisations/${outcome.result}`);
}
