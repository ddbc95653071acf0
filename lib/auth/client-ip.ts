// The address a request came from, as the reverse proxy in front of Kraya reports it
// (the first X-Forwarded-For entry); "unknown" when there is none, e.g. in development.
export function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" && real) || "unknown";
}
