import { describe, expect, it } from "vitest";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy, isHttpsRequest } from "@/lib/security/content-security-policy";

describe("content security policy", () => {
  it("allows only this site's scripts carrying the nonce, and no framing", () => {
    const policy = contentSecurityPolicy("abc123", { isDevelopment: false, isHttps: true });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("recognises HTTPS directly or behind a reverse proxy", () => {
    expect(isHttpsRequest("https:", null)).toBe(true);
    expect(isHttpsRequest("http:", "https")).toBe(true);
    expect(isHttpsRequest("http:", null)).toBe(false);
  });
});

describe("session cookie", () => {
  it("is HttpOnly and SameSite=Lax, and Secure with the __Secure- prefix in an HTTPS deployment", () => {
    expect(sessionCookie({ NEXTAUTH_URL: "https://kraya.gov.in" })).toEqual({
      name: "__Secure-next-auth.session-token",
      options: expect.objectContaining({ httpOnly: true, sameSite: "lax", secure: true }),
    });
    expect(sessionCookie({ NEXTAUTH_URL: "http://localhost:3000" }).options).toEqual(expect.objectContaining({ httpOnly: true, sameSite: "lax", secure: false }));
  });
});
