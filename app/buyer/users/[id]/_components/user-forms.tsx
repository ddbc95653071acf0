"use client";

import { useTranslations } from "next-intl";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { ChangeUserRolesSchema, UserIdSchema } from "@/lib/buyers/organisation-user-schema";
import { RoleCheckboxes } from "../../_components/role-checkboxes";

export function ChangeRolesForm({ userId, roles, action }: { userId: number; roles: string[]; action: FormAction }) {
  const t = useTranslations("buyerPortal.users");
  return (
    <ZodForm schema={ChangeUserRolesSchema} action={action} submitLabel={t("saveRoles")} initialValues={{ roles }}>
      <input type="hidden" name="userId" value={userId} />
      <RoleCheckboxes />
    </ZodForm>
  );
}

export function ActiveForm({ userId, isActive, action }: { userId: number; isActive: boolean; action: FormAction }) {
  const t = useTranslations("buyerPortal.users");
  return (
    <ZodForm schema={UserIdSchema} action={action} submitLabel={isActive ? t("deactivate") : t("reactivate")}>
      <input type="hidden" name="userId" value={userId} />
    </ZodForm>
  );
}
