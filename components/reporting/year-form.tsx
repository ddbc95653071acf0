import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

type YearFormProps = {
  id: string;
  // The namespace holding this form's "label" and "show" texts, and "all" when withAll.
  messages: "statistics.year" | "dashboards.year";
  years: { startYear: number; label: string }[];
  chosen: string;
  withAll?: boolean;
};

// A plain GET form: choosing a financial year works without JavaScript and the URL can be shared.
export async function YearForm({ id, messages, years, chosen, withAll = false }: YearFormProps) {
  const t = await getTranslations(messages);
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
      <div>
        <label htmlFor={id} className="block font-semibold text-slate-900">
          {t("label")}
        </label>
        <select id={id} name="year" defaultValue={chosen} className="mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2">
          {withAll ? <option value="all">{t("all")}</option> : null}
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
