"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { SelectInput, type SelectOption } from "@/components/forms/fields";
import { useFormField } from "@/components/forms/form-context";
import { localName } from "@/components/portal/local-name";
import type { BuyerHierarchy } from "@/lib/buyers/list-buyer-hierarchy";

const subscribeNever = () => () => {};

function initial(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

// Central or state government, then the ministry or the state, then one of its departments.
// With JavaScript only the chosen branch is shown and the departments narrow to it; without,
// both pickers show and the departments are grouped under their ministry or state.
export function HierarchyFields({ hierarchy }: { hierarchy: BuyerHierarchy }) {
  const t = useTranslations("buyers.registration");
  const tForms = useTranslations("forms");
  const locale = useLocale();
  const [level, setLevel] = useState(initial(useFormField("level").value));
  const [ministryId, setMinistryId] = useState(initial(useFormField("ministryId").value));
  const [stateId, setStateId] = useState(initial(useFormField("departmentStateId").value));
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);

  const showMinistry = !hydrated || level !== "STATE";
  const showState = !hydrated || level !== "CENTRAL";
  const ministries = hierarchy.ministries.filter((ministry) => !hydrated || level !== "CENTRAL" || !ministryId || String(ministry.id) === ministryId);
  const states = hierarchy.states.filter((state) => !hydrated || level !== "STATE" || !stateId || String(state.id) === stateId);
  const narrowed = hydrated && ((level === "CENTRAL" && ministryId) || (level === "STATE" && stateId));
  const departments: SelectOption[] = [
    ...(showMinistry ? ministries : []).flatMap((ministry) =>
      ministry.departments.map((department) => ({ value: String(department.id), label: localName(locale, department), group: narrowed ? undefined : localName(locale, ministry) })),
    ),
    ...(showState ? states : []).flatMap((state) =>
      state.departments.map((department) => ({ value: String(department.id), label: localName(locale, department), group: narrowed ? undefined : t("stateGovernment", { state: localName(locale, state) }) })),
    ),
  ];

  return (
    <>
      <SelectInput
        name="level"
        label={t("level")}
        hint={t("levelHint")}
        placeholder={tForms("choose")}
        options={[
          { value: "CENTRAL", label: t("levelCentral") },
          { value: "STATE", label: t("levelState") },
        ]}
        onChange={(event) => setLevel(event.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        {showMinistry ? (
          <SelectInput
            name="ministryId"
            label={t("ministry")}
            hint={hydrated ? undefined : t("ministryHint")}
            placeholder={tForms("choose")}
            options={hierarchy.ministries.map((ministry) => ({ value: String(ministry.id), label: localName(locale, ministry) }))}
            onChange={(event) => setMinistryId(event.target.value)}
          />
        ) : null}
        {showState ? (
          <SelectInput
            name="departmentStateId"
            label={t("departmentState")}
            hint={hydrated ? undefined : t("departmentStateHint")}
            placeholder={tForms("choose")}
            options={hierarchy.states.map((state) => ({ value: String(state.id), label: localName(locale, state) }))}
            onChange={(event) => setStateId(event.target.value)}
          />
        ) : null}
      </div>
      <SelectInput key={`department-${level}-${ministryId}-${stateId}`} name="departmentId" label={t("department")} placeholder={tForms("choose")} options={departments} />
    </>
  );
}
