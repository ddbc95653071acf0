import { createTranslator } from "next-intl";
import type { FieldErrors } from "../errors";
import { loadMessages } from "../i18n/messages";

export type ApiFieldErrors = Record<string, { code: string; message: string }>;

// An API answers machines and the people who read their logs: each field error keeps its
// stable code (the i18n key) and gets the English text the web form would show.
export async function inEnglish(errors: FieldErrors): Promise<ApiFieldErrors> {
  const t = createTranslator({ locale: "en", messages: await loadMessages("en") });
  return Object.fromEntries(
    Object.entries(errors).map(([field, code]) => [field, { code, message: t.has(code as never) ? t(code as never) : code }]),
  );
}
