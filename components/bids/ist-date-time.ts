import { getLocale } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";

// A bid's moments are deadlines to the minute: shown with their time and "IST".
export function istDateTime(locale: string, date: Date | null): string {
  return date ? `${formatDate(locale, date, { withTime: true })} IST` : "—";
}

export async function getIstFormatter(): Promise<(date: Date) => string> {
  const locale = await getLocale();
  return (date) => istDateTime(locale, date);
}
