import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";

// Help is written in the interface's languages and in more that have no interface yet (Tamil
// for the seller guides): adding one is adding its folder under content/ and its name here.
export const HELP_LANGUAGES = ["en", "hi", "ta"] as const;
export type HelpLanguage = (typeof HELP_LANGUAGES)[number];

// Each language's name in itself, as language choosers show it.
export const HELP_LANGUAGE_NAMES: Record<HelpLanguage, string> = { en: "English", hi: "हिन्दी", ta: "தமிழ்" };

export function isHelpLanguage(value: unknown): value is HelpLanguage {
  return typeof value === "string" && (HELP_LANGUAGES as readonly string[]).includes(value);
}

// The interface language next-intl resolved (a string to its types), as a Locale.
export function localeOf(value: string): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

const SCRIPTS: [RegExp, HelpLanguage][] = [
  [/[\u0B80-\u0BFF]/, "ta"],
  [/[\u0900-\u097F]/, "hi"],
];

// A question typed in Tamil or Devanagari is searched in that language's help whatever the
// interface language; anything else in the interface's.
export function searchLanguageOf(query: string, locale: Locale): HelpLanguage {
  return SCRIPTS.find(([script]) => script.test(query))?.[1] ?? locale;
}
