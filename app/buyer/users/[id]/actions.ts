"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { changeUserRoles, setOrganisationUserActive } from "@/lib/buyers/organisation-users";
import { ChangeUserRolesSchema, UserIdSchema } from "@/lib/buyers/organisation-user-schema";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

function done(userId: number, what: "roles" | "deactivated" | "reactivated"): never {
  revalidatePath("/buyer/users");
  redirect(`/buyer/users/${userId}?done=${what}`);
}

export async function changeRolesAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ChangeUserRolesSchema, async (input, ctx) => {
    await changeUserRoles(getDatabase().db, ctx, input);
    return input.userId;
  });
  if (!outcome.ok) return outcome.state;
  done(outcome.result, "roles");
}

export async function deactivateUserAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, UserIdSchema, async (input, ctx) => {
    await setOrganisationUserActive(getDatabase().db, ctx, { userId: input.userId, isActive: false });
    return input.userId;
  });
  if (!outcome.ok) return outcome.state;
  done(outcome.result, "deactivated");
}

export async function reactivateUserAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, UserIdSchema, async (input, ctx) => {
    await setOrganisationUserActive(getDatabase().db, ctx, { userId: input.userId, isActive: true });
    return input.userId;
  });
  if (!outcome.ok) return outcome.state;
  done(outcome.result, "reactivated");
}
