import "server-only";
import { nowOf, type ActionContext } from "../auth/context";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import { FieldValidationError, NotFoundError } from "../errors";
import { assertAttendanceOpen } from "./attendance-window";
import { eventForStaff, requireOutreachStaff } from "./event-access";
import type { AttendanceInput, RegistrationInput } from "./outreach-schemas";
import { insertRegistration } from "./register-for-event";

// Marks a registrant present (or corrects a mistake). Someone onboarded at the event stays present.
export async function recordAttendance(db: Db, ctx: ActionContext, input: AttendanceInput): Promise<void> {
  const { actor, role } = requireOutreachStaff(ctx);
  const now = nowOf(ctx);
  await db.$transaction(async (tx) => {
    const registration = await tx.outreachRegistration.findUnique({ where: { id: input.registrationId } });
    if (!registration) throw new NotFoundError("Registration not found");
    const event = await eventForStaff(tx, actor, registration.eventId);
    assertAttendanceOpen(event, now);
    if (!input.attended && registration.sellerId !== null) throw new FieldValidationError({ form: "outreach.errors.onboardedPresent" });
    if (input.attended === (registration.attendedAt !== null)) return;
    await tx.outreachRegistration.update({
      where: { id: registration.id },
      data: input.attended ? { attendedAt: now, attendanceById: actor.userId } : { attendedAt: null, attendanceById: null },
    });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: input.attended ? "outreach.attended" : "outreach.attendanceWithdrawn",
      entityType: "OutreachRegistration",
      entityId: registration.id,
      data: { eventId: event.id },
      place: { stateId: event.stateId, districtId: event.districtId },
    });
  });
}

// Someone who came without registering: registered and present at once.
export async function recordWalkIn(db: Db, ctx: ActionContext, input: RegistrationInput): Promise<{ registrationId: number }> {
  const { actor, role } = requireOutreachStaff(ctx);
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const event = await eventForStaff(tx, actor, input.eventId);
    assertAttendanceOpen(event, now);
    const existing = await tx.outreachRegistration.findUnique({ where: { eventId_phone: { eventId: event.id, phone: input.phone } } });
    if (existing) throw new FieldValidationError({ phone: "outreach.errors.alreadyRegistered" });
    // The registrant has no account of their own here: the row records who entered it.
    const registration = await insertRegistration(tx, ctx, input, { userId: null, attendedAt: now, attendanceById: actor.userId, role });
    return { registrationId: registration.id };
  });
}
