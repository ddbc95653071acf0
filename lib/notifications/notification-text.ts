import type { Translate } from "./translator";

// A notification is stored with its kind, its parameters and its English text. It is shown
// in the reader's language from the message `notifications.kinds.<kind>` (dots in a kind
// become underscores: message keys cannot hold dots) filled with the parameters; a kind
// without a message, or whose parameters do not fit it, falls back to the stored text.

export type NotificationContent = { kind: string; params: unknown; title: string; body: string };

export function notificationMessageKey(kind: string): string {
  return `notifications.kinds.${kind.replace(/\./g, "_")}`;
}

// Where the reason of a refusal is worded, by the record it refused.
const REASON_NAMESPACES = ["listingRejectionReasons", "rejectionReason", "orderReasons", "incidentTypes", "incidentStatus", "bids.rejectionReasons"];

// Parameters made readable: a market page's slug becomes its name, a category its name in
// the reader's language, a reason code its wording.
function readableValues(t: Translate, locale: string, params: Record<string, unknown>): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === "string" || typeof value === "number") values[key] = value;
  }
  const { marketPage, categoryName, categoryNameHi, reasonCode } = values;
  if (typeof marketPage === "string" && t.has(`catalogue.marketPages.${marketPage}.name`)) values.place = t(`catalogue.marketPages.${marketPage}.name`);
  else if (categoryName !== undefined) values.place = locale === "hi" && categoryNameHi ? categoryNameHi : categoryName;
  if (typeof reasonCode === "string") {
    const namespace = REASON_NAMESPACES.find((candidate) => t.has(`${candidate}.${reasonCode}`));
    values.reason = reasonCode === "" ? "" : namespace ? t(`${namespace}.${reasonCode}`) : reasonCode;
  }
  values.note ??= "";
  return values;
}

export function notificationText(t: Translate, locale: string, notification: NotificationContent): { title: string; body: string } {
  const key = notificationMessageKey(notification.kind);
  if (!t.has(`${key}.title`) || !t.has(`${key}.body`)) return { title: notification.title, body: notification.body };
  const params = typeof notification.params === "object" && notification.params !== null ? (notification.params as Record<string, unknown>) : {};
  try {
    const values = readableValues(t, locale, params);
    return { title: t(`${key}.title`, values), body: t(`${key}.body`, values) };
  } catch {
    return { title: notification.title, body: notification.body };
  }
}
