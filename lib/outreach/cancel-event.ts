import "server-only";
import { nowOf, requireRole, type ActionContext } from "../auth/context";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import { FieldValidationError } from "../errors";
import { eventForStaff } from "./event-access";
import { tellRegistrantsOfCancellation } from "./outreach-notifications";
import type { CancelEventInput } from "./outreach-schemas";

// An event that has not ended may be cancelled with a reason, which the public page shows
// to everyone who registered.
export async function cancelOutreachEvent(db: Db, ctx: ActionContext, input: CancelEventInput): Promise<void> {
  const { actor } = requireRole(ctx, "ADMIN");
  const now = nowOf(ctx);
  await db.$transaction(async (tx) => {
    const event = await eventForStaff(tx, actor, input.eventId);
    if (event.cancelledAt) throw new FieldValidationError({ form: "outreach.errors.cancelled" });
    if (event.endsAt <= now) throw new FieldValidationError({ form: "outreach.errors.ended" });
    await tx.outreachEvent.update({ where: { id: event.id }, data: { cancelledAt: now, cancelReason: input.reason } });
    await recordAudit(tx, auditActorOf(ctx, "ADMIN"), {
      action: "outreach.eventCancelled",
      entityType: "OutreachEvent",
      entityId: event.id,
      after: { cancelReason: input.reason },
      place: { stateId: event.stateId, districtId: event.districtId },
    });
    await tellRegistrantsOfCancellation(tx, { ...event, cancelReason: input.reason }, now);
  });
}
