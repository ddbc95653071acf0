import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import type { Product } from "@/lib/catalogue/get-product";

const SHOWN = 8;
const ALL_STATES_AND_UTS = 36;

// "All states and union territories", or the first few areas and how many more.
export async function DeliveryAreas({ areas, stateCount }: { areas: Product["deliveryAreas"]; stateCount: number | null }) {
  const [t, locale] = await Promise.all([getTranslations("product.delivery"), getLocale()]);
  const wholeStates = areas.filter((area) => area.district === null).length;
  const names = areas.map((area) =>
    area.district ? t("districtOf", { district: localName(locale, area.district), state: localName(locale, area.state) }) : localName(locale, area.state),
  );
  const text =
    wholeStates >= (stateCount ?? ALL_STATES_AND_UTS)
      ? t("allIndia")
      : `${names.slice(0, SHOWN).join(", ")}${names.length > SHOWN ? ` ${t("andMore", { count: names.length - SHOWN })}` : ""}`;
  return (
    <p className="text-sm text-slate-700">
      <span className="font-semibold text-slate-900">{t("areas")}:</span> {text}
    </p>
  );
}
