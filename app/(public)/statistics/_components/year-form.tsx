import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { StatisticsYear } from "@/lib/reporting/public-statistics";

// A plain GET form: choosing a year works without JavaScript and the URL can be shared.
export async function YearForm({ years, chosen }: { years: { startYear: number; label: string }[]; chosen: StatisticsYear }) {
  const t = await getTranslations("statistics.year");
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
      <div>
        <label htmlFor="statistics-year" className="block font-semibold text-slate-900">
          {t("label")}
        </label>
        <select id="statistics-year" name="year" defaultValue={String(chosen)} className="mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2">
          <option value="all">{t("all")}</option>
          {years.map((year) => (
            <option key={year.startYear} value={year.startYear}>
              {year.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}
