"use client";

import { createContext, useContext } from "react";
import type { FieldErrors } from "@/lib/errors";

// idPrefix keeps ids unique when one page holds several forms with a field of the same name.
export type FormFieldsState = { errors: FieldErrors; values: Record<string, string | string[]>; idPrefix?: string };

export const FormFieldsContext = createContext<FormFieldsState>({ errors: {}, values: {} });

export function fieldId(name: string, idPrefix = ""): string {
  return `${idPrefix}field-${name}`;
}

// A field's element id, message key and the value to show again, from the form around it.
export function useFormField(name: string): { id: string; error?: string; value?: string | string[] } {
  const { errors, values, idPrefix } = useContext(FormFieldsContext);
  return { id: fieldId(name, idPrefix), error: errors[name], value: values[name] };
}

// One entry of a repeated field (every entry named `name`, sent in order): its id and message
// are those of the path "<name>.<index>", where zod and the domain put the message about it,
// so the error summary links to it.
export function useRepeatedField(name: string, index: number): { id: string; error?: string; value?: string } {
  const { id, error } = useFormField(`${name}.${index}`);
  const { value } = useFormField(name);
  return { id, error, value: Array.isArray(value) ? value[index] : index === 0 ? value : undefined };
}
