import "server-only";
import type { Actor } from "../auth/actor";
import type { Tx } from "../db/client";
import { FieldValidationError } from "../errors";
import { assertAttendanceOpen } from "./attendance-window";

// A seller registered by a facilitator at a Samvaad event is linked to the person's
// registration, which links it to the event: the event's funnel counts it as onboarded,
// and later as listed and sold. Whoever is onboarded was there.
export async function linkOnboardedSeller(tx: Tx, actor: Actor, registrationId: number, sellerId: number, now: Date): Promise<{ eventId: number }> {
  const registration = await tx.outreachRegistration.findUnique({ where: { id: registrationId }, include: { event: true } });
  if (!registration) throw new FieldValidationError({ form: "outreach.errors.registrationMissing" });
  if (registration.sellerId !== null) throw new FieldValidationError({ form: "outreach.errors.alreadyOnboarded" });
  assertAttendanceOpen(registration.event, now);
  await tx.outreachRegistration.update({
    where: { id: registration.id },
    data: { sellerId, attendedAt: registration.attendedAt ?? now, attendanceById: registration.attendanceById ?? actor.userId },
  });
  return { eventId: registration.eventId };
}
