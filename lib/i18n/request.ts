import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, resolveLocale, TIME_ZONE } from "./locales";
import { loadMessages } from "./messages";

// next-intl without locale routing: the URL stays the same in every language.
export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
  return { locale, timeZone: TIME_ZONE, messages: await loadMessages(locale) };
});
