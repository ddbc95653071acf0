import "server-only";
import { nowOf, type ActionContext } from "../auth/context";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/client";
import { FieldValidationError, NotFoundError } from "../errors";
import { confirmRegistration } from "./outreach-notifications";
import type { RegistrationInput } from "./outreach-schemas";

export type Registration = { registrationId: number; reference: string; alreadyRegistered: boolean };

// Anyone registers, signed in or not, until the event ends. One registration per mobile
// number and event: sending the form twice returns the first registration.
export async function registerForEvent(db: Db, ctx: ActionContext, input: RegistrationInput): Promise<Registration> {
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    // The event's row lock takes registrations one at a time, so the last seat goes once.
    const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "OutreachEvent" WHERE id = ${input.eventId} FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError("Outreach event not found");
    const event = await tx.outreachEvent.findUniqueOrThrow({ where: { id: input.eventId } });
    const existing = await tx.outreachRegistration.findUnique({ where: { eventId_phone: { eventId: event.id, phone: input.phone } } });
    if (existing) return { registrationId: existing.id, reference: registrationReference(existing), alreadyRegistered: true };
    if (event.cancelledAt) throw new FieldValidationError({ form: "outreach.errors.cancelled" });
    if (event.endsAt <= now) throw new FieldValidationError({ form: "outreach.errors.ended" });
    if (event.capacity !== null && (await tx.outreachRegistration.count({ where: { eventId: event.id } })) >= event.capacity) {
      throw new FieldValidationError({ form: "outreach.errors.full" });
    }
    const entry = { userId: ctx.actor?.userId ?? null, attendedAt: null, attendanceById: null, role: ctx.actor ? (ctx.actor.roles[0] ?? "USER") : "PUBLIC" };
    const registration = await insertRegistration(tx, ctx, input, entry);
    const reference = registrationReference(registration);
    await confirmRegistration(tx, event, { reference, userId: registration.userId, email: registration.email }, now);
    return { registrationId: registration.id, reference, alreadyRegistered: false };
  });
}

type Entry = { userId: number | null; attendedAt: Date | null; attendanceById: number | null; role: string };

export async function insertRegistration(tx: Tx, ctx: ActionContext, input: RegistrationInput, entry: Entry) {
  const registration = await tx.outreachRegistration.create({
    data: {
      eventId: input.eventId,
      userId: entry.userId,
      name: input.name,
      phone: input.phone,
      email: input.email ?? null,
      kind: input.kind,
      organisationName: input.organisationName ?? null,
      attendedAt: entry.attendedAt,
      attendanceById: entry.attendanceById,
      createdAt: nowOf(ctx),
    },
  });
  await recordAudit(tx, auditActorOf(ctx, entry.role), {
    action: entry.attendedAt ? "outreach.walkInRecorded" : "outreach.registered",
    entityType: "OutreachRegistration",
    entityId: registration.id,
    data: { eventId: input.eventId, kind: input.kind },
  });
  return registration;
}

// What the registrant quotes at the venue's desk.
export function registrationReference(registration: { id: number; eventId: number }): string {
  return `SMV-${registration.eventId}-${registration.id}`;
}
