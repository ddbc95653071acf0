import { TIME_ZONE } from "../i18n/locales";

// Where a listing delivers and by when. A delivery area is a whole state (districtId null) or
// one district of it. The expected date counts the listing's delivery days from today in IST;
// a destination outside the seller's own state gets OUT_OF_STATE_ALLOWANCE_DAYS more, for
// the inter-state leg (and its e-way bill) that the seller's figure, quoted for its own
// region, does not include. Dates are calendar dates in IST ("2026-11-25").
export const OUT_OF_STATE_ALLOWANCE_DAYS = 2;

export type DeliveryArea = { stateId: number; districtId: number | null };
export type Destination = { stateId: number; districtId: number | null };

// "delivers": to the whole destination; "someDistricts": only to some districts of the
// destination state (the visitor named a state, not a district); "no": not there at all.
export type DeliveryCoverage = "delivers" | "someDistricts" | "no";

export type DeliveryEstimate = { coverage: DeliveryCoverage; days: number; expectedOn: string; isOutOfState: boolean };

export function deliveryCoverage(areas: DeliveryArea[], destination: Destination): DeliveryCoverage {
  const inState = areas.filter((area) => area.stateId === destination.stateId);
  if (inState.some((area) => area.districtId === null)) return "delivers";
  if (destination.districtId !== null) return inState.some((area) => area.districtId === destination.districtId) ? "delivers" : "no";
  return inState.length > 0 ? "someDistricts" : "no";
}

const istCalendar = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

// Today's date in IST, as "YYYY-MM-DD".
export function istDateOf(instant: Date): string {
  return istCalendar.format(instant);
}

export function addCalendarDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

// Noon IST of a calendar date: an instant that any IST date formatter shows as that date.
export function instantOfIstDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00+05:30`);
}

export function estimateDelivery(
  listing: { deliveryDays: number; sellerStateId: number; areas: DeliveryArea[] },
  destination: Destination,
  now: Date,
): DeliveryEstimate {
  const isOutOfState = destination.stateId !== listing.sellerStateId;
  const days = listing.deliveryDays + (isOutOfState ? OUT_OF_STATE_ALLOWANCE_DAYS : 0);
  return { coverage: deliveryCoverage(listing.areas, destination), days, expectedOn: addCalendarDays(istDateOf(now), days), isOutOfState };
}
