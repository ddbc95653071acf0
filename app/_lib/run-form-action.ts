import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import type { z } from "zod";
import type { ActionContext } from "@/lib/auth/context";
import { FieldValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import type { FormState } from "@/lib/forms/form-state";
import { echoValues, readForm } from "@/lib/forms/read-form";
import { actionContext } from "./action-context";

// The whole of a form's server action but its use case: read the form as the browser did,
// validate it with the same schema, run the use case with the caller's context, and turn
// the domain's refusals into field messages, 403, 404 or a trip to sign-in.
// The use case's own result decides what happens on success (a message, or a redirect
// done by the caller after this returns).
export async function runFormAction<Shape extends z.ZodRawShape, Result>(
  formData: FormData,
  schema: z.ZodObject<Shape>,
  run: (input: z.output<z.ZodObject<Shape>>, ctx: ActionContext) => Promise<Result>,
): Promise<{ ok: true; result: Result } | { ok: false; state: FormState }> {
  const ctx = await actionContext();
  const parsed = schema.safeParse(readForm(formData, schema));
  if (!parsed.success) return { ok: false, state: { status: "invalid", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(formData) } };
  try {
    return { ok: true, result: await run(parsed.data, ctx) };
  } catch (error) {
    if (error instanceof FieldValidationError) {
      return { ok: false, state: { status: "invalid", fieldErrors: error.fieldErrors, values: echoValues(formData) } };
    }
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof UnauthenticatedError) redirect("/sign-in");
    throw error;
  }
}
