// The Content-Security-Policy of every page: scripts only from this site and only with the
// request's nonce (Next.js adds it to its own scripts), nothing may frame Kraya, forms post
// only to Kraya. Styles allow inline attributes, which React's style props need.
export function contentSecurityPolicy(nonce: string, options: { isDevelopment: boolean; isHttps: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

// HSTS only when the request reached Kraya over HTTPS (directly, or as the reverse proxy
// in front reports it): sent over plain HTTP it would be ignored, or lock out a test server.
export function isHttpsRequest(protocol: string, forwardedProto: string | null): boolean {
  return protocol === "https:" || forwardedProto?.split(",")[0]?.trim() === "https";
}

export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
