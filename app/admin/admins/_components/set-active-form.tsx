"use client";

import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { SetAdminActiveSchema } from "@/lib/admin/schemas";

// One button: deactivate an active official, or reactivate a deactivated one.
export function SetActiveForm({ userId, isActive, label, action }: { userId: number; isActive: boolean; label: string; action: FormAction }) {
  return (
    <ZodForm schema={SetAdminActiveSchema} action={action} submitLabel={label}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="isActive" value={String(isActive)} />
    </ZodForm>
  );
}
