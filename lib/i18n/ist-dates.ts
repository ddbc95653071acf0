import { TIME_ZONE } from "./locales";

// Every date Kraya shows or is asked for is a calendar date in India Standard Time (UTC+05:30,
// no daylight saving): an IST day runs from 18:30 UTC to 18:30 UTC.
export const IST_OFFSET_MS = 330 * 60 * 1000;
const DAY_MS = 86_400_000;

// "2026-04-01" -> the instant 2026-03-31T18:30:00Z, when that day starts in IST.
export function istDayStart(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - IST_OFFSET_MS);
}

// The IST calendar date of an instant, as YYYY-MM-DD.
export function istDateOf(instant: Date): string {
  return new Date(instant.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
}

// The IST calendar date after the one the instant falls on: the exclusive end of "up to today".
export function istDateAfter(instant: Date): string {
  return istDateOf(new Date(instant.getTime() + DAY_MS));
}

const dateTime = new Intl.DateTimeFormat("en-IN", { timeZone: TIME_ZONE, dateStyle: "medium", timeStyle: "short" });

// "5 Dec 2026, 5:00 pm": a moment in messages written outside a request (notifications).
export function formatIstDateTime(instant: Date): string {
  return dateTime.format(instant);
}
