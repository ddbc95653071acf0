"use server";

import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { registerOrganisation } from "@/lib/buyers/register-organisation";
import { OrganisationRegistrationSchema } from "@/lib/buyers/organisation-registration-schema";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

export async function registerOrganisationAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, OrganisationRegistrationSchema, (input, ctx) => registerOrganisation(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  redirect("/sign-in?registered=buyer");
}
