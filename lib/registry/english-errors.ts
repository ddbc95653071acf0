import { createTranslator } from "next-intl";
import type { FieldErrors } from "../errors";
import { loadMessages } from "../i18n/messages";

export type ApiFieldErrors = Record<string, { code: string; message: string }>;

// One English translator per process, not one per refused record.
let english: Promise<(code: string) => string> | undefined;

function englishText(): Promise<(code: string) => string> {
  english ??= loadMessages("en").then((messages) => {
    const t = createTranslator({ locale: "en", messages });
    return (code: string) => (t.has(code as never) ? t(code as never) : code);
  });
  return english;
}

// An API answers machines and the people who read their logs: each field error keeps its
// stable code (the i18n key) and gets the English text the web form would show.
export async function inEnglish(errors: FieldErrors): Promise<ApiFieldErrors> {
  const text = await englishText();
  return Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, { code, message: text(code) }]));
}
