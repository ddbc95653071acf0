import type { z } from "zod";
import type { FieldErrors } from "../errors";

// The first message for each field, keyed by its dotted path ("rows.3.pan" in an array).
// Messages are i18n keys; the form translates them, the API returns them as they are.
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    errors[path] ??= issue.message;
  }
  return errors;
}
