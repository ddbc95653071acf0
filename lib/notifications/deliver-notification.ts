import "server-only";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/client";
import { publicBaseUrl } from "../env";
import { queueEmail } from "../email/outbox";
import { notificationText } from "./notification-text";
import { translatorFor, type Translate } from "./translator";

export type Recipient = { id: number; name: string; email: string; locale: string };
// emailLines: what the e-mail adds after the message and before its link (a digest's list,
// why the reader receives it); given the recipient's translator and the site's address.
export type OutgoingNotification = {
  kind: string;
  params: Record<string, string | number>;
  link: string;
  emailLines?: (t: Translate, base: string) => string[];
};

// The one way Kraya tells people something: a notification in the portal (stored with its
// English text, shown in the reader's language from notifications.kinds.<kind>) and the same
// message by e-mail through the outbox in the recipient's language, with the link.
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
    ...(notification.emailLines?.(own, base) ?? []),
    own("notifications.email.open", { link: `${base}${link}` }),
  ].join("\n\n");
  await queueEmail(tx, { to: user.email, kind, subject: `Kraya: ${text.title}`, body });
}

// The same message to several people.
export async function deliverToAll(tx: Tx, users: Recipient[], notification: OutgoingNotification, now: Date): Promise<void> {
  for (const user of users) await deliverNotification(tx, user, notification, now);
}
