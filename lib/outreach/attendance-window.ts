import { FieldValidationError } from "../errors";
import { istDateOf, istDayStart } from "../i18n/ist-dates";

const DAY_MS = 86_400_000;
export const ATTENDANCE_DAYS_AFTER = 7;

// Attendance is recorded at the event: from the start of its day in India until a week after
// it ends (officials often enter the sheets of a busy day later). Sellers onboarded there are
// linked to it in the same window.
export function assertAttendanceOpen(event: { startsAt: Date; endsAt: Date; cancelledAt: Date | null }, now: Date): void {
  if (event.cancelledAt) throw new FieldValidationError({ form: "outreach.errors.cancelled" });
  if (now < istDayStart(istDateOf(event.startsAt))) throw new FieldValidationError({ form: "outreach.errors.notStarted" });
  if (now.getTime() > event.endsAt.getTime() + ATTENDANCE_DAYS_AFTER * DAY_MS) throw new FieldValidationError({ form: "outreach.errors.attendanceClosed" });
}

export function isAttendanceOpen(event: { startsAt: Date; endsAt: Date; cancelledAt: Date | null }, now: Date): boolean {
  try {
    assertAttendanceOpen(event, now);
    return true;
  } catch {
    return false;
  }
}
