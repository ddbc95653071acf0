import type { FieldErrors } from "../errors";

// What a form action answers: nothing yet; refused with field messages (i18n keys) and the
// values to show again; refused as a whole (a message key and its parameters, e.g. a
// wrong password); or done, with a message key.
export type FormState =
  | { status: "idle" }
  | { status: "invalid"; fieldErrors: FieldErrors; values: Record<string, string | string[]> }
  | { status: "failed"; message: string; params?: Record<string, string>; values: Record<string, string | string[]> }
  | { status: "done"; message: string; values?: Record<string, string> };

export const IDLE: FormState = { status: "idle" };
