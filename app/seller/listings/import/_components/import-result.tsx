"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ImportResultView } from "../import-state";

// "199 imported, 1 row with errors", what happens next, and each bad row's messages.
export function ImportResult({ result }: { result: ImportResultView }) {
  const t = useTranslations("listingImport");
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const tone = result.errorCount > 0 ? "border-amber-500 bg-amber-50 text-amber-950" : "border-green-700 bg-green-50 text-green-900";
  return (
    <div className="space-y-6">
      <div role="status" className={`rounded-md border-l-4 p-4 ${tone}`}>
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-bold break-words">
          {t("result.title", { file: result.fileName })}
        </h2>
        <p className="mt-1 text-lg font-semibold">{t("result.summary", { imported: result.importedCount, errors: result.errorCount })}</p>
        {result.repeated ? <p className="mt-2">{t("result.repeated")}</p> : null}
        {result.importedCount > 0 ? <p className="mt-2">{t(result.status === "PENDING_APPROVAL" ? "result.pending" : "result.draft")}</p> : null}
      </div>
      {result.badRows.length > 0 ? (
        <section aria-labelledby="bad-rows" className="space-y-4">
          <h2 id="bad-rows" className="text-xl font-bold text-navy-900">
            {t("result.badRowsTitle")}
          </h2>
          {result.badRowsCsv ? (
            <p className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <a
                href={`data:text/csv;charset=utf-8,${encodeURIComponent(result.badRowsCsv)}`}
                download={`${result.fileName.replace(/\.csv$/i, "")}-errors.csv`}
                className="inline-flex min-h-11 items-center rounded-md border border-navy-700 bg-white px-4 font-semibold text-navy-800 hover:bg-navy-50"
              >
                {t("result.downloadBadRows")}
              </a>
              <span className="text-sm text-slate-700">{t("result.downloadHint")}</span>
            </p>
          ) : null}
          <ul aria-label={t("result.badRowsCaption")} className="divide-y divide-navy-100 rounded-lg border border-navy-100 bg-white shadow-sm">
            {result.badRows.map((row) => (
              <li key={row.row} className="p-4">
                <h3 className="font-bold text-navy-900">{t("result.rowLabel", { row: row.row })}</h3>
                <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(8rem,max-content)_1fr]">
                  {row.errors.map((error) => (
                    <div key={error.column} className="contents">
                      <dt className="font-mono text-sm text-slate-700 break-all">{error.column}</dt>
                      <dd className="text-red-900">{error.message}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Link href="/seller/listings/import" className="inline-flex min-h-11 items-center rounded-md bg-navy-800 px-5 font-semibold text-white hover:bg-navy-900">
        {t("result.uploadAnother")}
      </Link>
    </div>
  );
}
