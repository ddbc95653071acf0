import { getTranslations } from "next-intl/server";

type Json = unknown;

function asRecord(value: Json): Record<string, Json> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Json>) : {};
}

function show(value: Json): string {
  if (value === undefined) return "—";
  if (value === null) return "null";
  return typeof value === "string" ? value : JSON.stringify(value);
}

// The record's fields before and after, changed ones marked; then the event's extra details.
export async function AuditDiff({ before, after, data }: { before: Json; after: Json; data: Json }) {
  const t = await getTranslations("adminAudit");
  const old = asRecord(before);
  const now = asRecord(after);
  const details = asRecord(data);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  const detailKeys = Object.keys(details);
  return (
    <details className="group">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-navy-800 underline">{t("changes")}</summary>
      <div className="mt-2 space-y-3">
        {fields.length === 0 ? (
          <p className="text-slate-700">{t("noChanges")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <thead className="bg-navy-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2 font-semibold">{t("field")}</th>
                  <th scope="col" className="px-3 py-2 font-semibold">{t("before")}</th>
                  <th scope="col" className="px-3 py-2 font-semibold">{t("after")}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((field) => {
                  const changed = show(old[field]) !== show(now[field]);
                  return (
                    <tr key={field} className={`border-t border-navy-100 ${changed ? "bg-amber-50" : ""}`}>
                      <th scope="row" className="px-3 py-2 font-mono font-normal">{field}</th>
                      <td className="px-3 py-2 font-mono break-all">{show(old[field])}</td>
                      <td className={`px-3 py-2 font-mono break-all ${changed ? "font-semibold" : ""}`}>{show(now[field])}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {detailKeys.length > 0 ? (
          <dl className="text-sm">
            <dt className="font-semibold text-slate-900">{t("details")}</dt>
            {detailKeys.map((key) => (
              <dd key={key} className="font-mono break-all text-slate-800">
                {key}: {show(details[key])}
              </dd>
            ))}
          </dl>
        ) : null}
      </div>
    </details>
  );
}
