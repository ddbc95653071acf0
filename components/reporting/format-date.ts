import { TIME_ZONE } from "@/lib/i18n/locales";

// next-intl formats with the bare language, and plain "en" writes US dates (Nov 20, 2026).
// Indian readers expect 20 Nov 2026, so dates use the Indian regional variants, always in IST.
const REGIONAL_LOCALES: Record<string, string> = { en: "en-IN", hi: "hi-IN" };

export function regionalLocale(locale: string): string {
  return REGIONAL_LOCALES[locale] ?? locale;
}

export function formatDate(locale: string, date: Date, options: { withTime?: boolean } = {}): string {
  return new Intl.DateTimeFormat(regionalLocale(locale), {
    dateStyle: "medium",
    timeStyle: options.withTime ? "short" : undefined,
    timeZone: TIME_ZONE,
  }).format(date);
}
