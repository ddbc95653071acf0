import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/client";
import { publicBaseUrl } from "../env";
import { queueEmail } from "../email/outbox";
import { notificationText } from "../notifications/notification-text";
import { translatorFor, type Translate } from "../notifications/translator";

export type Recipient = { id: number; name: string; email: string; locale: string };
export type OutgoingNotification = { kind: string; params: Record<string, string | number>; link: string; emailLines?: (t: Translate) => string[] };

// A notification in the portal (stored with its English text, shown in the reader's
// language) and the same message by e-mail in the recipient's language, with the link and a
// line on how to change what they follow.
export async function deliverNotification(tx: Tx, user: Recipient, notification: OutgoingNotification, now: Date): Promise<void> {
  const [english, own] = await Promise.all([translatorFor("en"), translatorFor(user.locale)]);
  const { kind, params, link } = notification;
  const stored = notificationText(english, "en", { kind, params, title: kind, body: "" });
  await tx.notification.create({
    data: { userId: user.id, kind, params: params as Prisma.InputJsonObject, title: stored.title, body: stored.body, link, createdAt: now },
  });
  const text = notificationText(own, user.locale, { kind, params, ...stored });
  const base = publicBaseUrl();
  const body = [
    own("notifications.email.greeting", { name: user.name }),
    text.body,
    ...(notification.emailLines?.(own) ?? []),
    own("notifications.email.open", { link: `${base}${link}` }),
    own("notifications.email.manage", { link: `${base}/buyer/follows` }),
  ].join("\n\n");
  await queueEmail(tx, { to: user.email, kind, subject: `Kraya: ${text.title}`, body });
}
