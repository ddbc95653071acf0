import type { z } from "zod";

type Kind = "boolean" | "number" | "array" | "text";

// What a field holds once optional, default, nullable and pipe wrappers are peeled off.
function fieldKind(schema: z.core.$ZodType): Kind {
  const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
  if (def.innerType) return fieldKind(def.innerType);
  if (def.type === "pipe" && def.in) return fieldKind(def.in);
  if (def.type === "boolean") return "boolean";
  if (def.type === "number" || def.type === "int") return "number";
  if (def.type === "array") return "array";
  return "text";
}

function holdsText(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType; element?: z.core.$ZodType };
  if (def.innerType) return holdsText(def.innerType);
  return def.type === "array" && def.element?._zod.def.type === "string";
}

// Turns a submitted form into the plain object the schema expects, the same way in the
// browser (before submitting) and on the server (the action), so one zod schema validates
// both a web form and a JSON API: a checkbox becomes true or false, a number field a number,
// a repeated field an array, and an empty text field is left out (optional, not "").
export function readForm<Shape extends z.ZodRawShape>(formData: FormData, schema: z.ZodObject<Shape>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    const kind = fieldKind(field);
    if (kind === "boolean") {
      values[name] = formData.getAll(name).some((value) => value === "on" || value === "true");
      continue;
    }
    if (kind === "array") {
      // Repeated text boxes keep their blanks, so each value stays at its position (a blank
      // third price is "unitPrices.2"); other repeated fields (choices, numbers) drop them.
      const keepBlanks = holdsText(field);
      values[name] = formData.getAll(name).filter((value): value is string => typeof value === "string" && (keepBlanks || value !== ""));
      continue;
    }
    const raw = formData.get(name);
    if (typeof raw !== "string" || raw.trim() === "") continue;
    values[name] = kind === "number" && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw.trim()) : raw;
  }
  return values;
}

// Text values to put back in the form after a refused submission (never passwords).
export function echoValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$") || /password/i.test(key)) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}
