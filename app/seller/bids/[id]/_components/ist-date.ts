import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";

// Bid dates are deadlines to the minute: shown with their time and "IST".
export async function getIstFormatter(): Promise<(date: Date) => string> {
  const [t, locale] = await Promise.all([getTranslations("sellerBids"), getLocale()]);
  return (date) => t("ist", { date: formatDate(locale, date, { withTime: true }) });
}
