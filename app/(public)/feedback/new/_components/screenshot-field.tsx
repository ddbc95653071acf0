"use client";

import { useTranslations } from "next-intl";
import { FieldShell, inputClass } from "@/components/forms/fields";
import { useFormField } from "@/components/forms/form-context";
import { SCREENSHOT } from "@/lib/feedback/feedback-schemas";

// A file the server checks by its bytes and re-encodes (lib/feedback/feedback-screenshot.ts);
// the accept list only helps the browser's file picker.
export function ScreenshotField() {
  const t = useTranslations("feedback.new");
  const { id, error } = useFormField("screenshot");
  return (
    <FieldShell id={id} label={t("screenshot")} hint={t("screenshotHint")} optional error={error}>
      {(describedBy) => (
        <input
          id={id}
          name="screenshot"
          type="file"
          accept={SCREENSHOT.types.join(",")}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`${inputClass} ${error ? "border-2 border-red-700" : "border-slate-500"} file:mr-3 file:rounded file:border-0 file:bg-navy-50 file:px-3 file:py-1 file:font-semibold file:text-navy-800`}
        />
      )}
    </FieldShell>
  );
}
