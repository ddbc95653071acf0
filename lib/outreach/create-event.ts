import "server-only";
import { nowOf, requireRole, type ActionContext } from "../auth/context";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { FieldValidationError } from "../errors";
import { adminCovers } from "../admin/scope";
import { assertPlaceConsistent } from "../geography/places";
import { tellFacilitatorsOfEvent } from "./outreach-notifications";
import { eventTimes, type OutreachEventInput } from "./outreach-schemas";

// An admin schedules a Samvaad event in their area. The form's key makes a double submission
// return the event already created.
export async function createOutreachEvent(db: Db, ctx: ActionContext, input: OutreachEventInput): Promise<{ eventId: number }> {
  const { actor } = requireRole(ctx, "ADMIN");
  const existing = await db.outreachEvent.findUnique({ where: { formKey: input.formKey }, select: { id: true } });
  if (existing) return { eventId: existing.id };
  if (input.districtId) await assertPlaceConsistent(db, { stateId: input.stateId, districtId: input.districtId });
  if (!adminCovers(actor, { stateId: input.stateId, districtId: input.districtId ?? null })) {
    throw new FieldValidationError({ [input.districtId ? "districtId" : "stateId"]: "outreach.errors.outsideArea" });
  }
  const { startsAt, endsAt } = eventTimes(input);
  if (startsAt <= nowOf(ctx)) throw new FieldValidationError({ date: "outreach.errors.inPast" });
  const data = {
    title: input.title,
    description: input.description,
    mode: input.mode,
    stateId: input.stateId,
    districtId: input.districtId ?? null,
    venue: input.mode === "IN_PERSON" ? (input.venue ?? null) : null,
    onlineUrl: input.mode === "ONLINE" ? (input.onlineUrl ?? null) : null,
    startsAt,
    endsAt,
    audiences: input.audiences,
    capacity: input.capacity ?? null,
  };
  try {
    return await db.$transaction(async (tx) => {
      const event = await tx.outreachEvent.create({ data: { ...data, createdById: actor.userId, formKey: input.formKey, createdAt: nowOf(ctx) } });
      await recordAudit(tx, auditActorOf(ctx, "ADMIN"), {
        action: "outreach.eventCreated",
        entityType: "OutreachEvent",
        entityId: event.id,
        after: data,
        place: { stateId: data.stateId, districtId: data.districtId },
      });
      await tellFacilitatorsOfEvent(tx, event, nowOf(ctx));
      return { eventId: event.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { eventId: (await db.outreachEvent.findUniqueOrThrow({ where: { formKey: input.formKey }, select: { id: true } })).id };
    }
    throw error;
  }
}

