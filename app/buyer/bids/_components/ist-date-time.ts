import { formatDate } from "@/components/reporting/format-date";

// A bid's moments are set and read in India Standard Time, and say so.
export function istDateTime(locale: string, date: Date | null): string {
  return date ? `${formatDate(locale, date, { withTime: true })} IST` : "—";
}
