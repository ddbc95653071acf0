"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import type { FieldErrors } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { readForm } from "@/lib/forms/read-form";
import { fieldId, FormFieldsContext } from "./form-context";

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

type ZodFormProps<Shape extends z.ZodRawShape> = {
  schema: z.ZodObject<Shape>;
  action: FormAction;
  submitLabel: string;
  children: ReactNode;
  initialValues?: Record<string, string | string[]>;
  // Extra buttons beside the submit button (e.g. a cancel link).
  actions?: ReactNode;
  submitClassName?: string;
  pendingLabel?: string;
  // Prefix of the field ids, for a page with several forms that share field names.
  idPrefix?: string;
};

// A form checked twice with one zod schema: in the browser before it is sent, and by the
// server action (app/_lib/run-form-action.ts), which answers with the same kind of field
// messages. It works without JavaScript too: the action then renders the messages itself.
// Errors are listed in a summary that takes focus and links to each field.
export function ZodForm<Shape extends z.ZodRawShape>({ schema, action, submitLabel, children, initialValues = {}, actions, submitClassName, pendingLabel, idPrefix }: ZodFormProps<Shape>) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(action, IDLE);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const errors = clientErrors ?? (state.status === "invalid" ? state.fieldErrors : {});
  const values = state.status === "invalid" || state.status === "failed" ? state.values : { ...initialValues, ...(state.status === "done" ? state.values : {}) };
  const errorEntries = Object.entries(errors);

  // After each answer, move focus to the error summary or the confirmation.
  useEffect(() => {
    if (clientErrors || state.status === "invalid" || state.status === "failed") summaryRef.current?.focus();
    else if (state.status === "done") doneRef.current?.focus();
  }, [clientErrors, state]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    const parsed = schema.safeParse(readForm(new FormData(event.currentTarget), schema));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(fieldErrorsOf(parsed.error));
  }

  return (
    <FormFieldsContext value={{ errors, values, idPrefix }}>
      <form action={formAction} onSubmit={handleSubmit} noValidate className="space-y-6">
        {state.status === "failed" && !clientErrors ? (
          <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
            {t(state.message, state.params)}
          </div>
        ) : null}
        {errorEntries.length > 0 ? (
          <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="form-error-summary" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
            <h2 id="form-error-summary" className="font-bold">
              {t("forms.errorSummary", { count: errorEntries.length })}
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {errorEntries.map(([field, message]) => (
                <li key={field}>
                  <a href={`#${fieldId(field, idPrefix)}`} className="font-semibold text-red-900 underline">
                    {t(message)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {state.status === "done" && !clientErrors ? (
          <div ref={doneRef} tabIndex={-1} role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
            {t(state.message)}
          </div>
        ) : null}
        {children}
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={isPending} className={submitClassName}>
            {isPending ? (pendingLabel ?? t("forms.submitting")) : submitLabel}
          </Button>
          {actions}
        </div>
      </form>
    </FormFieldsContext>
  );
}
