"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { localName } from "@/components/portal/local-name";
import type { PlaceTree } from "@/lib/geography/places";
import { SelectInput } from "./fields";
import { useFormField } from "./form-context";

type PlaceFieldsProps = {
  places: PlaceTree;
  names?: { state: string; district: string; block: string };
  withBlock?: boolean;
  blockOptional?: boolean;
};

const subscribeNever = () => () => {};

// State, district and block pickers. With JavaScript each list narrows to the choice above
// it; without, the district and block lists show every option grouped under its parent.
// The lists remount when they narrow (keys), so the chosen value is selected again.
export function PlaceFields({ places, names = { state: "stateId", district: "districtId", block: "blockId" }, withBlock = true, blockOptional = false }: PlaceFieldsProps) {
  const t = useTranslations("forms");
  const locale = useLocale();
  const initialState = useFormField(names.state).value;
  const initialDistrict = useFormField(names.district).value;
  const [stateId, setStateId] = useState(typeof initialState === "string" ? initialState : "");
  const [districtId, setDistrictId] = useState(typeof initialDistrict === "string" ? initialDistrict : "");
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);

  const chosenStates = hydrated && stateId ? places.filter((state) => String(state.id) === stateId) : places;
  const districts = chosenStates.flatMap((state) =>
    state.districts.map((district) => ({ value: String(district.id), label: localName(locale, district), group: hydrated && stateId ? undefined : localName(locale, state), blocks: district.blocks })),
  );
  const chosenDistricts = hydrated && districtId ? districts.filter((district) => district.value === districtId) : districts;
  const blocks = chosenDistricts.flatMap((district) =>
    district.blocks.map((block) => ({ value: String(block.id), label: block.name, group: hydrated && districtId ? undefined : district.label })),
  );

  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <SelectInput
        name={names.state}
        label={t("state")}
        placeholder={t("choose")}
        options={places.map((state) => ({ value: String(state.id), label: localName(locale, state) }))}
        onChange={(event) => {
          setStateId(event.target.value);
          setDistrictId("");
        }}
      />
      <SelectInput
        key={`district-${stateId}-${hydrated}`}
        name={names.district}
        label={t("district")}
        placeholder={t("choose")}
        options={districts}
        onChange={(event) => setDistrictId(event.target.value)}
      />
      {withBlock ? (
        <SelectInput key={`block-${districtId}-${hydrated}`} name={names.block} label={t("block")} optional={blockOptional} placeholder={t("choose")} options={blocks} />
      ) : null}
    </div>
  );
}
