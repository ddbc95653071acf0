"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { MAX_BYTES, MAX_ROWS } from "@/lib/catalogue/import/csv-columns";
import type { ImportState } from "../import-state";
import { ImportResult } from "./import-result";

type ImportFormProps = { uploadToken: string; action: (state: ImportState, formData: FormData) => Promise<ImportState> };

// A plain multipart form (works without JavaScript) carrying its one-time token; the
// result replaces it, with a link that opens a fresh form for the next file.
export function ImportForm({ uploadToken, action }: ImportFormProps) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(action, { status: "idle" } as ImportState);
  const [clientError, setClientError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const error = clientError ?? (state.status === "failed" ? t(state.message, state.params) : null);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error, state]);

  if (state.status === "done") return <ImportResult result={state.result} />;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("file");
    const problem = !(file instanceof File) || file.size === 0 ? "noFile" : file.size > MAX_BYTES ? "tooLarge" : null;
    setClientError(problem ? t(`listingImport.fileErrors.${problem}`) : null);
    if (problem) event.preventDefault();
  }

  return (
    <form action={formAction} onSubmit={handleSubmit} noValidate className="space-y-4">
      <input type="hidden" name="uploadToken" value={uploadToken} />
      <div>
        <label htmlFor="field-file" className="block font-semibold text-slate-900">
          {t("listingImport.file")}
        </label>
        <p id="field-file-hint" className="mt-0.5 text-sm text-slate-700">
          {t("listingImport.fileHint", { rows: MAX_ROWS.toLocaleString("en-IN"), megabytes: MAX_BYTES / 1024 / 1024 })}
        </p>
        {error ? (
          <p id="field-file-error" ref={errorRef} tabIndex={-1} role="alert" className="mt-1 font-semibold text-red-800">
            {error}
          </p>
        ) : null}
        <input
          id="field-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={error ? "field-file-hint field-file-error" : "field-file-hint"}
          aria-invalid={error ? true : undefined}
          className="mt-2 block w-full max-w-xl rounded-md border border-slate-500 bg-white p-2 text-base text-slate-900 file:mr-4 file:min-h-10 file:rounded-md file:border-0 file:bg-navy-50 file:px-4 file:font-semibold file:text-navy-900"
        />
      </div>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("listingImport.submitting") : t("listingImport.submit")}
      </Button>
    </form>
  );
}
