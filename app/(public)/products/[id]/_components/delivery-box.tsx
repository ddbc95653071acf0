import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import { formatDate } from "@/components/reporting/format-date";
import type { DeliveryDestination, DestinationChoices } from "@/lib/catalogue/delivery-destination";
import { instantOfIstDate, OUT_OF_STATE_ALLOWANCE_DAYS, type DeliveryEstimate } from "@/lib/catalogue/delivery-estimate";
import type { Product } from "@/lib/catalogue/get-product";
import { DeliveryAreas } from "./delivery-areas";

type DeliveryBoxProps = {
  product: Product;
  destination: DeliveryDestination | null;
  choices: DestinationChoices;
  estimate: DeliveryEstimate | null;
  place: string | null;
  formAction: string;
};

const selectClass = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900";

// The expected delivery date to the buyer's consignee office (or a state a visitor picks),
// with a GET form to choose another, so the page works without JavaScript.
export async function DeliveryBox({ product, destination, choices, estimate, place, formAction }: DeliveryBoxProps) {
  const [t, locale] = await Promise.all([getTranslations("product.delivery"), getLocale()]);
  const inState = product.deliveryAreas.filter((area) => area.stateId === destination?.stateId);
  return (
    <div className="space-y-4">
      {estimate && place ? (
        estimate.coverage === "delivers" ? (
          <div className="rounded-md bg-green-50 p-4">
            <p className="text-sm text-slate-800">{t("delivers", { place })}</p>
            <p className="mt-1 text-xl font-bold text-green-800">{t("expectedBy", { date: formatDate(locale, instantOfIstDate(estimate.expectedOn)) })}</p>
            <p className="text-sm text-slate-800">{t("days", { days: estimate.days })}</p>
            {estimate.isOutOfState ? <p className="mt-1 text-sm text-slate-700">{t("allowance", { days: OUT_OF_STATE_ALLOWANCE_DAYS })}</p> : null}
          </div>
        ) : (
          <p className="rounded-md bg-amber-50 p-4 font-semibold text-amber-950">
            {estimate.coverage === "someDistricts"
              ? t("someDistricts", { state: place, districts: inState.flatMap((area) => (area.district ? [localName(locale, area.district)] : [])).join(", ") })
              : t("notThere", { place })}
          </p>
        )
      ) : (
        <p className="text-slate-800">
          {t("rule", { days: product.deliveryDays, extra: OUT_OF_STATE_ALLOWANCE_DAYS })} {t("pick")}
        </p>
      )}
      <form method="get" action={formAction} className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          {choices.kind === "offices" ? (
            <>
              <label htmlFor="delivery-to" className="block font-semibold text-slate-900">
                {t("office")}
              </label>
              <select id="delivery-to" name="to" defaultValue={destination?.kind === "office" ? String(destination.office.id) : ""} className={selectClass}>
                {choices.offices.map((office) => (
                  <option key={office.id} value={office.id}>
                    {t("officeName", { office: office.name, district: localName(locale, office.district), state: localName(locale, office.state) })}
                  </option>
                ))}
              </select>
            </>
          ) : (
            <>
              <label htmlFor="delivery-state" className="block font-semibold text-slate-900">
                {t("state")}
              </label>
              <select id="delivery-state" name="state" defaultValue={destination?.kind === "state" ? destination.state.code : ""} className={selectClass}>
                <option value="">{t("chooseState")}</option>
                {choices.states.map((state) => (
                  <option key={state.code} value={state.code}>
                    {localName(locale, state)}
                  </option>
                ))}
              </select>
            </>
          )}
        </div>
        <button type="submit" className="min-h-11 rounded-md border border-navy-700 bg-white px-4 py-2 font-semibold text-navy-800 hover:bg-navy-50">
          {t("show")}
        </button>
      </form>
      <DeliveryAreas areas={product.deliveryAreas} stateCount={choices.kind === "states" ? choices.states.length : null} />
    </div>
  );
}
