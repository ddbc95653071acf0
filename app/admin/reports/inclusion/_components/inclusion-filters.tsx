import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { INCLUSION_GROUPS, type InclusionDashboard } from "@/lib/reporting/inclusion-dashboard";
import { addressOf } from "./inclusion-params";

const controlClass = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900";

// A plain GET form, so choosing works without JavaScript and the address can be shared; the
// place travels in hidden fields, so changing the group or year stays where the admin is.
export async function InclusionFilters({ dashboard }: { dashboard: InclusionDashboard }) {
  const t = await getTranslations("inclusion");
  const address = addressOf(dashboard);
  return (
    <form method="get" action="/admin/reports/inclusion" className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm sm:p-5 print:hidden">
      <fieldset>
        <legend className="text-lg font-bold text-navy-900">{t("filters.legend")}</legend>
        <div className="mt-3 grid gap-4 sm:grid-cols-3 sm:items-end">
          <div>
            <label htmlFor="inclusion-group" className="block font-semibold text-slate-900">
              {t("filters.group")}
            </label>
            <select id="inclusion-group" name="group" defaultValue={address.group} className={controlClass}>
              {INCLUSION_GROUPS.map((group) => (
                <option key={group} value={group}>
                  {t(`groups.${group}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="inclusion-year" className="block font-semibold text-slate-900">
              {t("filters.year")}
            </label>
            <select id="inclusion-year" name="year" defaultValue={String(address.year)} className={controlClass}>
              {dashboard.years.map((year) => (
                <option key={year.startYear} value={year.startYear}>
                  {year.label}
                </option>
              ))}
              <option value="all">{t("filters.allYears")}</option>
            </select>
          </div>
          {(["state", "district", "block"] as const).map((key) =>
            address[key] === undefined ? null : <input key={key} type="hidden" name={key} value={address[key]} />,
          )}
          <div>
            <Button type="submit">{t("filters.show")}</Button>
          </div>
        </div>
      </fieldset>
    </form>
  );
}
