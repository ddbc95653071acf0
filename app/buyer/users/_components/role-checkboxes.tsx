"use client";

import { useTranslations } from "next-intl";
import { useFormField } from "@/components/forms/form-context";
import { SECONDARY_ROLES } from "@/lib/buyers/organisation-user-schema";

// The roles as one group of checkboxes with one message, so the error summary's link
// (#field-roles) lands on the group.
export function RoleCheckboxes() {
  const t = useTranslations("buyerPortal.users");
  const tRoles = useTranslations("roles");
  const tForms = useTranslations();
  const { error, value } = useFormField("roles");
  const checked = ([] as string[]).concat(value ?? []);
  return (
    <fieldset id="field-roles" tabIndex={-1} aria-describedby={error ? "field-roles-error" : "field-roles-hint"} className="space-y-3">
      <legend className="font-semibold text-slate-900">{t("roles")}</legend>
      <p id="field-roles-hint" className="text-sm text-slate-700">
        {t("rolesHint")}
      </p>
      {error ? (
        <p id="field-roles-error" className="text-sm font-semibold text-red-800">
          {tForms(error)}
        </p>
      ) : null}
      {SECONDARY_ROLES.map((role) => (
        <div key={role} className="flex gap-3">
          <input id={`field-roles-${role}`} name="roles" type="checkbox" value={role} defaultChecked={checked.includes(role)} className="mt-1 size-5 shrink-0 accent-navy-800" />
          <div>
            <label htmlFor={`field-roles-${role}`} className="font-semibold text-slate-900">
              {tRoles(role)}
            </label>
            <p className="text-sm text-slate-700">{t(`roleHints.${role}`)}</p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
