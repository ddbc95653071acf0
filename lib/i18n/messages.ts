import type { Locale } from "./locales";

export type Messages = typeof import("./messages/en.json");

export async function loadMessages(locale: Locale): Promise<Messages> {
  return locale === "hi"
    ? (await import("./messages/hi.json")).default
    : (await import("./messages/en.json")).default;
}
