"use client";

import { createContext, useContext } from "react";
import type { FieldErrors } from "@/lib/errors";

export type FormFieldsState = { errors: FieldErrors; values: Record<string, string | string[]> };

export const FormFieldsContext = createContext<FormFieldsState>({ errors: {}, values: {} });

// A field's message key and the value to show again, from the form around it.
export function useFormField(name: string): { error?: string; value?: string | string[] } {
  const { errors, values } = useContext(FormFieldsContext);
  return { error: errors[name], value: values[name] };
}
