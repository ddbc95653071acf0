import { getTranslations } from "next-intl/server";
import { COMPLETENESS_FIELD, type Completeness } from "@/lib/sellers/profile-completeness";

// The percentage as a bar, and each missing item as a link to the field that completes it.
export async function CompletenessMeter({ completeness }: { completeness: Completeness }) {
  const t = await getTranslations("sellerPortal.completeness");
  const { percent, missing } = completeness;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="completeness-title" className="text-lg font-bold text-navy-900">
          {t("title")}
        </h2>
        <p className="text-lg font-bold tabular-nums text-navy-900">{t("percent", { percent })}</p>
      </div>
      <div role="progressbar" aria-labelledby="completeness-title" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} className="mt-2 h-3 overflow-hidden rounded-full bg-slate-200">
        <div className={`h-full rounded-full ${percent === 100 ? "bg-green-700" : "bg-amber-500"}`} style={{ width: `${percent}%` }} />
      </div>
      {missing.length === 0 ? (
        <p className="mt-3 text-slate-700">{t("done")}</p>
      ) : (
        <div className="mt-3">
          <h3 className="font-semibold text-slate-900">{t("missingTitle")}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {missing.map((item) => (
              <li key={item}>
                <a href={`#field-${COMPLETENESS_FIELD[item]}`} className="font-semibold text-navy-800 underline">
                  {t(`item.${item}`)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
