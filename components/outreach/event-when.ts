import { regionalLocale } from "@/components/reporting/format-date";
import { TIME_ZONE } from "@/lib/i18n/locales";

// "Tue, 24 Nov 2026, 10:00 am – 5:00 pm IST": an event's day and hours, in India's time.
export function eventWhen(locale: string, startsAt: Date, endsAt: Date): string {
  const format = new Intl.DateTimeFormat(regionalLocale(locale), {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: TIME_ZONE,
  });
  return `${format.formatRange(startsAt, endsAt)} IST`;
}
