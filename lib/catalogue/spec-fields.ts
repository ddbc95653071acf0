import { z } from "zod";

// A category's specification fields (Category.specFields): each category says which facts a
// listing in it must state, with units and, for choices, the allowed values. keySpec marks
// the facts that make two listings "the same product" for compare and L1 purchase.
export const SpecField = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  label: z.string(),
  labelHi: z.string(),
  type: z.enum(["enum", "number", "text"]),
  unit: z.string().optional(),
  values: z.array(z.string()).optional(),
  required: z.boolean().default(false),
  keySpec: z.boolean().default(false),
});

export type SpecField = z.infer<typeof SpecField>;

export function parseSpecFields(json: unknown): SpecField[] {
  return z.array(SpecField).parse(json);
}

export type Specifications = Record<string, string | number>;

const required = { error: "forms.errors.required" };

function valueSchema(field: SpecField) {
  switch (field.type) {
    case "enum":
      return z.enum((field.values ?? []) as [string, ...string[]], { error: "forms.errors.choose" });
    case "number":
      return z.coerce.number(required).positive({ error: "catalogue.errors.positiveNumber" }).max(1e9, { error: "catalogue.errors.positiveNumber" });
    case "text":
      return z.string(required).trim().min(1, required).max(120, { error: "forms.errors.tooLong" });
  }
}

// One field's value; "" and absent mean not stated (the seller's form has one input per field).
export function specFieldSchema(field: SpecField) {
  const schema = valueSchema(field);
  return z.preprocess((value) => (value === "" || value === null ? undefined : value), field.required ? schema : schema.optional());
}

// The values a listing in this category must (or may) state; "" and absent mean not stated.
// Keys outside the category's fields are dropped.
export function specificationsSchema(fields: SpecField[]) {
  const shape = Object.fromEntries(fields.map((field) => [field.key, specFieldSchema(field)]));
  return z.object(shape).transform((values) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Specifications);
}

// "16 GB", "Cotton": a value as a buyer reads it.
export function describeSpecValue(field: SpecField, value: string | number | undefined): string | null {
  if (value === undefined || value === "") return null;
  return field.unit && field.type === "number" ? `${value} ${field.unit}` : String(value);
}
