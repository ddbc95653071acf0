import { FieldValidationError } from "../errors";

const DAY_MS = 86_400_000;
const IST_OFFSET_MS = 5.5 * 3_600_000;
export const ATTENDANCE_DAYS_AFTER = 7;

// Attendance is recorded at the event: from the start of its day in India until a week after
// it ends (officials often enter the sheets of a busy day later). Sellers onboarded there are
// linked to it in the same window.
export function assertAttendanceOpen(event: { startsAt: Date; endsAt: Date; cancelledAt: Date | null }, now: Date): void {
  if (event.cancelledAt) throw new FieldValidationError({ form: "outreach.errors.cancelled" });
  const dayStart = Math.floor((event.startsAt.getTime() + IST_OFFSET_MS) / DAY_MS) * DAY_MS - IST_OFFSET_MS;
  if (now.getTime() < dayStart) throw new FieldValidationError({ form: "outreach.errors.notStarted" });
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
