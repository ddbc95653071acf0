"use client";

import { useTranslations } from "next-intl";
import type { ChangeEvent } from "react";
import { Fieldset, TextArea } from "@/components/forms/fields";

// The bill of quantities travels as text: a chosen file is read in the browser into the box,
// which can also be pasted into (without JavaScript, the only way).
export function BoqField() {
  const t = useTranslations("buyerBids.new.boq");

  async function copyFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    const box = event.currentTarget.form?.elements.namedItem("boqCsv");
    if (file && box instanceof HTMLTextAreaElement) box.value = await file.text();
  }

  return (
    <Fieldset legend={t("legend")}>
      <div>
        <label htmlFor="boq-file" className="block font-semibold text-slate-900">
          {t("file")}
        </label>
        <p id="boq-file-hint" className="mt-0.5 text-sm text-slate-700">
          {t("fileHint")}
        </p>
        <input id="boq-file" type="file" accept=".csv,text/csv" onChange={copyFile} aria-describedby="boq-file-hint" className="mt-1 block w-full text-base text-slate-900 file:mr-4 file:min-h-11 file:rounded-md file:border file:border-navy-700 file:bg-white file:px-4 file:font-semibold file:text-navy-800" />
      </div>
      <p>
        <a href="/samples/boq-sample.csv" download className="font-semibold text-navy-800 underline">
          {t("sample")}
        </a>
      </p>
      <TextArea name="boqCsv" label={t("text")} hint={t("textHint")} rows={8} spellCheck={false} />
    </Fieldset>
  );
}
