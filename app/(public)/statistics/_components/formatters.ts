import { getTranslations } from "next-intl/server";
import { bpsAsPercent, compactRupees, formatIndianNumber } from "@/lib/money/format";

// The page's figures as text, in the reader's language: rupees in lakh and crore
// ("Rs 42,201 crore"), counts with Indian grouping, shares with two decimals ("51.55 %").
export async function statisticsFormatters() {
  const [t, money] = await Promise.all([getTranslations("statistics"), getTranslations("money")]);
  return {
    t,
    count: (value: bigint | number) => formatIndianNumber(value),
    share: (bps: number | null) => (bps === null ? t("noOrders") : t("percent", { value: bpsAsPercent(bps) })),
    rupees: (paise: bigint) => {
      const amount = compactRupees(paise);
      return amount.unit ? money("compact", { value: amount.value, unit: money(amount.unit) }) : money("plain", { value: amount.value });
    },
  };
}
