export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The first value of each GET parameter, empty ones left out, ready for a filter schema.
export async function readSearchParams(searchParams: SearchParams): Promise<Record<string, string>> {
  const entries = Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const);
  return Object.fromEntries(entries.filter((entry): entry is readonly [string, string] => typeof entry[1] === "string" && entry[1].trim() !== ""));
}

// The same query with one parameter changed (e.g. the page), for pagination links.
export function withParam(path: string, params: Record<string, string>, key: string, value: string | null): string {
  const query = new URLSearchParams({ ...params });
  if (value === null) query.delete(key);
  else query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
