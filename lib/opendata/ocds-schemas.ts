import { z } from "zod";
import { financialYearOf } from "../reporting/financial-year";
import { istDateAfter, istDateOf } from "../i18n/ist-dates";

// The query of GET /api/ocds/releases. The OCDS export speaks English only (release
// language "en"), so its messages are plain English rather than i18n keys.

// Where the previous page stopped: the last release's order, by (placedAt, id).
export type ReleaseCursor = { placedAt: Date; id: number };

// Opaque to clients (docs/open-data.md): they follow links.next, never build one.
export function encodeCursor(cursor: ReleaseCursor): string {
  return Buffer.from(`${cursor.placedAt.getTime()}.${cursor.id}`).toString("base64url");
}

function decodeCursor(value: string): ReleaseCursor | null {
  const match = /^(\d{1,15})\.(\d{1,10})$/.exec(Buffer.from(value, "base64url").toString());
  return match ? { placedAt: new Date(Number(match[1])), id: Number(match[2]) } : null;
}

const DATE_MESSAGE = "Give a calendar date as YYYY-MM-DD (India Standard Time)";
const PARAMETERS = ["from", "to", "cursor"];

// `now` decides the default range: the current financial year (from 1 April, IST) up to today.
export function releasesQuerySchema(now: Date) {
  return z
    .strictObject({
      from: z.iso.date({ error: DATE_MESSAGE }).default(() => istDateOf(financialYearOf(now).start)),
      to: z.iso.date({ error: DATE_MESSAGE }).default(() => istDateAfter(now)),
      cursor: z
        .string({ error: "Give the cursor once, as links.next has it" })
        .transform((value, ctx) => decodeCursor(value) ?? (ctx.addIssue({ code: "custom", message: "This cursor is not one of links.next's: follow links.next as given" }), z.NEVER))
        .optional(),
    })
    .refine((query) => query.from < query.to, { path: ["to"], message: "Give a date after from: the range is [from, to), to excluded" });
}

export type ReleasesQuery = z.output<ReturnType<typeof releasesQuerySchema>>;

export type ParsedReleasesQuery = { ok: true; query: ReleasesQuery } | { ok: false; errors: Record<string, string> };

// A repeated parameter becomes an array, which the schema refuses, rather than silently
// keeping one of the values.
export function parseReleasesQuery(params: URLSearchParams, now: Date): ParsedReleasesQuery {
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    input[key] = values.length === 1 ? values[0]! : values;
  }
  const parsed = releasesQuerySchema(now).safeParse(input);
  if (parsed.success) return { ok: true, query: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) errors[key] ??= `Unknown parameter: use ${PARAMETERS.join(", ")}`;
    } else {
      errors[issue.path.join(".")] ??= issue.message;
    }
  }
  return { ok: false, errors };
}
