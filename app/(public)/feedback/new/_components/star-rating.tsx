"use client";

import { useTranslations } from "next-intl";
import { describedByIds, FieldNotes } from "@/components/forms/fields";
import { useFormField } from "@/components/forms/form-context";

const RATINGS = ["5", "4", "3", "2", "1"] as const;

// The rating as radio buttons (a plain fieldset: arrow keys move between them, and it works
// without JavaScript), best first, with "No rating" since the rating is optional.
export function StarRating() {
  const t = useTranslations("feedback.rating");
  const { id, error, value } = useFormField("rating");
  const chosen = typeof value === "string" ? value : "";
  const options = [...RATINGS.map((rating) => ({ value: rating, label: t(`label.${rating}`), stars: Number(rating) })), { value: "", label: t("none"), stars: 0 }];
  return (
    <fieldset aria-describedby={describedByIds(id, t("hint"), error)}>
      <legend className="font-semibold text-slate-900">
        {t("legend")} <span className="font-normal text-slate-700">{t("optional")}</span>
      </legend>
      <FieldNotes id={id} hint={t("hint")} error={error} />
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value || "none"}`;
          return (
            <div key={option.value || "none"} className="flex items-center gap-3 rounded-md border border-slate-300 px-3 py-2 has-checked:border-navy-700 has-checked:bg-navy-50">
              <input id={optionId} name="rating" type="radio" value={option.value} defaultChecked={chosen === option.value} className="size-5 shrink-0 accent-navy-800" />
              <label htmlFor={optionId} className="flex min-h-7 flex-1 flex-wrap items-center gap-x-2 text-slate-900">
                {option.stars > 0 ? (
                  <span aria-hidden="true" className="tracking-wider text-amber-800">
                    {"★".repeat(option.stars)}
                    <span className="text-slate-600">{"☆".repeat(5 - option.stars)}</span>
                  </span>
                ) : null}
                <span>{option.label}</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
