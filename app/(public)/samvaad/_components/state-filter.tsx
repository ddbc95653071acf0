import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";

type StateOption = { id: number; name: string; nameHi: string; eventCount: number };

// Choosing a state is a GET form, so it works without JavaScript.
export async function StateFilter({ states, stateId, when }: { states: StateOption[]; stateId?: number; when: string }) {
  const [t, locale] = await Promise.all([getTranslations("outreach.public"), getLocale()]);
  return (
    <form method="get" action="/samvaad" className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="when" value={when} />
      <div>
        <label htmlFor="samvaad-state" className="block font-semibold text-slate-900">
          {t("stateLabel")}
        </label>
        <select id="samvaad-state" name="state" defaultValue={stateId ? String(stateId) : ""} className="mt-1 block min-h-11 w-full min-w-64 rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900">
          <option value="">{t("allStates")}</option>
          {states.map((state) => (
            <option key={state.id} value={state.id}>
              {t("stateOption", { state: localName(locale, state), count: state.eventCount })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-md bg-navy-800 px-5 py-2 font-semibold text-white hover:bg-navy-900">
        {t("show")}
      </button>
    </form>
  );
}
