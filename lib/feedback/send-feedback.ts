import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "../auth/actor";
import { nowOf, type ActionContext } from "../auth/context";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { FieldValidationError } from "../errors";
import type { MediaStorage } from "../media/media-storage";
import { checkAnonymousLimits, checkFillTime } from "./anonymous-limits";
import type { FeedbackInput } from "./feedback-schemas";
import { prepareScreenshot, screenshotKey } from "./feedback-screenshot";
import { hashSenderIp } from "./sender-signals";

export type SendFeedbackInput = FeedbackInput & { locale: string; screenshot: Uint8Array | null };
// trackingToken: for an anonymous sender, the key of /feedback/t/<token>, their only way back.
export type SentFeedback = { id: number; trackingToken: string | null };

type Sender = { actor: Actor | null; ipHash: string | null };

// Anyone may send feedback about a page. A signed-in sender's feedback is theirs (and their
// state's, for the state's admins); an anonymous sender passes the spam checks and the limits
// per address, and gets a tracking link. The same form sent twice is one feedback.
export async function sendFeedback(db: Db, ctx: ActionContext, input: SendFeedbackInput, storage: MediaStorage): Promise<SentFeedback> {
  const now = nowOf(ctx);
  const sender: Sender = { actor: ctx.actor, ipHash: ctx.actor ? null : hashSenderIp(ctx.ip) };
  const earlier = await findSameForm(db, input.formKey, sender);
  if (earlier) return earlier;
  if (input.website) throw new FieldValidationError({ form: "feedback.errors.notSent" });
  if (sender.ipHash) {
    checkFillTime(input.startedAt, now);
    await checkAnonymousLimits(db, sender.ipHash, input.text, now);
  }
  const stateId = sender.actor ? await senderStateId(db, sender.actor) : null;
  const screenshot = input.screenshot ? await prepareScreenshot(input.screenshot) : null;

  const [{ id: nextId }] = (await db.$queryRaw<{ id: bigint }[]>`SELECT nextval(pg_get_serial_sequence('"Feedback"', 'id')) AS id`) as [{ id: bigint }];
  const id = Number(nextId);
  const key = screenshot ? screenshotKey(id) : null;
  if (key && screenshot) await storage.put(key, screenshot, "image/webp");
  try {
    return await db.$transaction(async (tx) => {
      if (sender.ipHash) {
        // One anonymous feedback at a time per address, so parallel posts cannot slip past the limits.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${sender.ipHash}))`;
        const raced = await findSameForm(tx, input.formKey, sender);
        if (raced) return raced;
        await checkAnonymousLimits(tx, sender.ipHash, input.text, now);
      }
      const trackingToken = sender.actor ? null : randomBytes(24).toString("base64url");
      await tx.feedback.create({
        data: {
          id, userId: sender.actor?.userId ?? null, page: input.page, category: input.category, rating: input.rating ?? null, text: input.text,
          stateId, locale: input.locale, screenshotKey: key, trackingToken, ipHash: sender.ipHash, formKey: input.formKey, createdAt: now, updatedAt: now,
        },
      });
      await recordAudit(tx, auditActorOf(ctx, sender.actor ? (sender.actor.roles[0] ?? "USER") : "ANONYMOUS"), {
        action: "feedback.send", entityType: "Feedback", entityId: id, place: { stateId },
        after: { category: input.category, rating: input.rating ?? null, page: input.page, screenshot: key !== null, anonymous: !sender.actor },
      });
      return { id, trackingToken };
    });
  } catch (error) {
    if (key) await storage.remove([key]);
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await findSameForm(db, input.formKey, sender);
      if (raced) return raced;
    }
    throw error;
  }
}

// The feedback this form already made, when the same sender sends it again. Another sender's
// key (a forged or reused form) is refused without telling anything about that feedback.
async function findSameForm(tx: Tx, formKey: string, sender: Sender): Promise<SentFeedback | null> {
  const row = await tx.feedback.findUnique({ where: { formKey }, select: { id: true, userId: true, ipHash: true, trackingToken: true } });
  if (!row) return null;
  const isSame = sender.actor ? row.userId === sender.actor.userId : row.userId === null && row.ipHash === sender.ipHash;
  if (!isSame) throw new FieldValidationError({ form: "feedback.errors.notSent" });
  return { id: row.id, trackingToken: row.trackingToken };
}

// The state the sender works in: their office's, else their seller's or organisation's; an
// official's own area for an admin. Central organisations and national staff have none.
async function senderStateId(db: Db, actor: Actor): Promise<number | null> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { office: { select: { stateId: true } }, seller: { select: { stateId: true } }, organisation: { select: { stateId: true } } },
  });
  return user.office?.stateId ?? user.seller?.stateId ?? user.organisation?.stateId ?? actor.adminScope?.stateId ?? null;
}
