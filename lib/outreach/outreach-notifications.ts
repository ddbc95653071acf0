import "server-only";
import type { Tx } from "../db/client";
import { publicBaseUrl } from "../env";
import { queueEmail } from "../email/outbox";
import { formatIstDateTime } from "../i18n/ist-dates";
import { deliverToAll } from "../notifications/deliver-notification";
import { notificationText } from "../notifications/notification-text";
import { translatorFor } from "../notifications/translator";

// Messages about a Samvaad event (notifications.kinds.outreach_<event>): a new event to the
// facilitators of its state, who are expected there; a registration's confirmation and a
// cancellation to those registered, in the portal when they have an account, else by e-mail
// when they gave an address.
type NotifiedEvent = { id: number; title: string; stateId: number; startsAt: Date; cancelReason?: string | null };

const RECIPIENT = { id: true, name: true, email: true, locale: true } as const;

function paramsOf(event: NotifiedEvent) {
  return { title: event.title, date: `${formatIstDateTime(event.startsAt)} IST`, reason: event.cancelReason ?? "" };
}

export async function tellFacilitatorsOfEvent(tx: Tx, event: NotifiedEvent, now: Date): Promise<void> {
  const facilitators = await tx.user.findMany({
    where: { isActive: true, roles: { some: { role: "FACILITATOR" } }, serviceCentre: { stateId: event.stateId } },
    orderBy: { id: "asc" },
    select: RECIPIENT,
  });
  await deliverToAll(tx, facilitators, { kind: "outreach.scheduled", params: paramsOf(event), link: `/seller/samvaad/${event.id}` }, now);
}

export async function tellRegistrantsOfCancellation(tx: Tx, event: NotifiedEvent, now: Date): Promise<void> {
  const registrations = await tx.outreachRegistration.findMany({ where: { eventId: event.id }, select: { email: true, user: { select: { ...RECIPIENT, isActive: true } } } });
  const users = registrations.flatMap((registration) => (registration.user?.isActive ? [registration.user] : []));
  const notification = { kind: "outreach.cancelled", params: paramsOf(event), link: `/samvaad/${event.id}` };
  await deliverToAll(tx, users, notification, now);
  const addresses = new Set(registrations.flatMap((registration) => (!registration.user && registration.email ? [registration.email] : [])));
  await queueBilingualEmails(tx, [...addresses], notification);
}

// The confirmation, with the reference to quote and, online, the joining link: in the portal
// (and by e-mail) for an account, else by e-mail when an address was given.
export async function confirmRegistration(tx: Tx, event: NotifiedEvent & { onlineUrl: string | null }, registration: { reference: string; userId: number | null; email: string | null }, now: Date): Promise<void> {
  const notification = {
    kind: event.onlineUrl ? "outreach.registeredOnline" : "outreach.registered",
    params: { ...paramsOf(event), reference: registration.reference, url: event.onlineUrl ?? "" },
    link: `/samvaad/${event.id}`,
  };
  const user = registration.userId ? await tx.user.findUnique({ where: { id: registration.userId }, select: RECIPIENT }) : null;
  if (user) await deliverToAll(tx, [user], notification, now);
  else if (registration.email) await queueBilingualEmails(tx, [registration.email], notification);
}

// Without an account there is no known language: the message comes in English and Hindi,
// worded once for every address.
async function queueBilingualEmails(tx: Tx, addresses: string[], notification: { kind: string; params: Record<string, string>; link: string }): Promise<void> {
  if (addresses.length === 0) return;
  const [english, hindi] = await Promise.all([translatorFor("en"), translatorFor("hi")]);
  const en = notificationText(english, "en", { ...notification, title: notification.kind, body: "" });
  const hi = notificationText(hindi, "hi", { ...notification, title: notification.kind, body: "" });
  const email = { kind: notification.kind, subject: `Kraya: ${en.title} / ${hi.title}`, body: [en.body, hi.body, `${publicBaseUrl()}${notification.link}`].join("\n\n") };
  for (const to of addresses) await queueEmail(tx, { to, ...email });
}
