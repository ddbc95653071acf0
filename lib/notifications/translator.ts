import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, isLocale, TIME_ZONE, type Locale } from "../i18n/locales";
import { loadMessages } from "../i18n/messages";

// Untyped on purpose: notification kinds and their parameters come from database rows.
export type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

// One translator per language per process, for text written outside a request (e-mails
// and notifications written by use cases and background jobs).
const translators = new Map<Locale, Promise<Translate>>();

export function translatorFor(locale: string): Promise<Translate> {
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let translator = translators.get(language);
  if (!translator) {
    // A missing parameter throws instead of printing the key, so callers can fall back.
    translator = loadMessages(language).then(
      (messages) => createTranslator({ locale: language, messages, timeZone: TIME_ZONE, onError: (error) => { throw error; } }) as unknown as Translate,
    );
    translators.set(language, translator);
  }
  return translator;
}
