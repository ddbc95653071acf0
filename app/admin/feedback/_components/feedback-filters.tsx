import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import { Button } from "@/components/ui/button";
import { FEEDBACK_CATEGORIES } from "@/lib/feedback/feedback-pages";
import { FEEDBACK_STATUSES } from "@/lib/feedback/feedback-schemas";
import type { FeedbackQuery } from "./feedback-query";

const controlClass = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2";

// A plain GET form: filters work without JavaScript and the address can be shared.
export async function FeedbackFilters({ query, states }: { query: FeedbackQuery; states: { id: number; name: string; nameHi: string }[] }) {
  const [t, locale] = await Promise.all([getTranslations("feedback"), getLocale()]);
  const select = (name: string, label: string, value: string, options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-semibold text-slate-900">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value} className={controlClass}>
        <option value="">{t("admin.filters.all")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="grid gap-4 rounded-lg border border-navy-100 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      {select("status", t("admin.filters.status"), query.status ?? "", FEEDBACK_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })))}
      {select("category", t("admin.filters.category"), query.category ?? "", FEEDBACK_CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) })))}
      {states.length > 1 ? select("state", t("admin.filters.state"), query.stateId ? String(query.stateId) : "", states.map((state) => ({ value: String(state.id), label: localName(locale, state) }))) : null}
      <div>
        <label htmlFor="filter-page" className="block font-semibold text-slate-900">
          {t("admin.filters.page")}
        </label>
        <input id="filter-page" name="page" defaultValue={query.pageText ?? ""} placeholder="/search" className={controlClass} />
      </div>
      <div>
        <Button type="submit" variant="secondary" className="w-full">
          {t("admin.filters.apply")}
        </Button>
      </div>
    </form>
  );
}
