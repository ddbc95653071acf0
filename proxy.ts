import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isHttpsRequest, STRICT_TRANSPORT_SECURITY } from "./lib/security/content-security-policy";

const PORTALS = /^\/(buyer|seller|admin|notifications)(\/|$)/;

// Runs before every page: sets the Content-Security-Policy with a fresh nonce (and HSTS
// behind HTTPS), and sends anonymous visitors of the portals to sign-in. Roles are
// checked by every page and action (lib/auth/require.ts, the domain layer), never here alone.
export async function proxy(request: NextRequest) {
  if (PORTALS.test(request.nextUrl.pathname) && !(await getToken({ req: request }))) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isHttps = isHttpsRequest(request.nextUrl.protocol, request.headers.get("x-forwarded-proto"));
  const policy = contentSecurityPolicy(nonce, { isDevelopment: process.env.NODE_ENV === "development", isHttps });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (isHttps) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

// Every page, not the static files (they carry no script to protect) nor the APIs.
export const config = { matcher: ["/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)"] };
