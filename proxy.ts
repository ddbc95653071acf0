import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// Only sends anonymous visitors of the portals to sign-in. Roles are checked by every
// page and action (lib/auth/require.ts), never here alone.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/buyer/:path*", "/seller/:path*", "/admin/:path*"] };
