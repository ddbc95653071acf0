import { getTranslations } from "next-intl/server";
import { compactRupees, type Paise } from "@/lib/money/format";

// Large sums read as "Rs 42,201 crore" / "Rs 42,201 करोड़": the unit word is translated,
// the digits stay international numerals with Indian grouping in both languages.
export async function CompactRupees({ paise }: { paise: Paise }) {
  const t = await getTranslations("money");
  const amount = compactRupees(paise);
  const text = amount.unit ? t("compact", { value: amount.value, unit: t(amount.unit) }) : t("plain", { value: amount.value });
  // Kept on one line: "Rs 55.19" above "lakh" reads as two figures on a phone.
  return <span className="whitespace-nowrap">{text}</span>;
}
