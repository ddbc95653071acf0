"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { ChangeAdminScopeSchema, CreateAdminUserSchema, SetAdminActiveSchema } from "@/lib/admin/schemas";
import { changeAdminScope, createAdminUser, setAdminActive } from "@/lib/admin/manage-admin-users";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

export async function createAdminUserAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, CreateAdminUserSchema, (input, ctx) => createAdminUser(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/admins");
  redirect(`/admin/admins/${outcome.result.id}?done=created`);
}

export async function changeAdminScopeAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ChangeAdminScopeSchema, (input, ctx) => changeAdminScope(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/admins");
  redirect(`/admin/admins/${outcome.result.id}?done=scopeSaved`);
}

export async function setAdminActiveAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, SetAdminActiveSchema, (input, ctx) => setAdminActive(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/admins");
  redirect(`/admin/admins/${outcome.result.id}?done=${outcome.result.isActive ? "reactivated" : "deactivated"}`);
}
