"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { createOrganisationUser } from "@/lib/buyers/organisation-users";
import { CreateOrganisationUserSchema } from "@/lib/buyers/organisation-user-schema";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

export async function createUserAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, CreateOrganisationUserSchema, (input, ctx) => createOrganisationUser(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/buyer/users");
  redirect(`/buyer/users/${outcome.result.userId}?done=created`);
}
