// Only a path on this site may follow sign-in: "//evil.example" and "/\evil.example" are
// protocol-relative URLs to another host, so they are refused (open-redirect defence).
export function safeCallbackUrl(value: string | string[] | undefined, fallback = "/portal"): string {
  if (typeof value !== "string") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
