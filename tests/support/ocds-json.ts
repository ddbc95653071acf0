import { parseReleasesQuery, type ReleasesQuery } from "@/lib/opendata/ocds-schemas";
import { SEED_NOW } from "@/prisma/seed/seed-database";

// What an open-data client receives: the JSON text, read back; and a query as the API parses it.
export const BASE = "https://kraya.example";

export type Json = ReturnType<typeof JSON.parse>;
export const asJson = (value: unknown): Json => JSON.parse(JSON.stringify(value));

export function queryOf(params: Record<string, string>, now = SEED_NOW): ReleasesQuery {
  const parsed = parseReleasesQuery(new URLSearchParams(params), now);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.query;
}
