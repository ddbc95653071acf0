import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDatabase } from "../db/client";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";
import { isSecureDeployment, sessionCookie, SESSION_MAX_AGE_SECONDS } from "./session-cookie";
import { SIGN_IN_LOCKED } from "./sign-in-codes";

// Sessions are signed JWTs in an HttpOnly cookie; roles are read from the database on
// every request (lib/auth/session.ts), so a deactivated user loses access at once.
// The sign-in page sets the cookie itself (app/sign-in/actions.ts, which works without
// JavaScript); next-auth reads it and still serves its own endpoints under /api/auth.
const cookie = sessionCookie();

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: isSecureDeployment(),
  cookies: { sessionToken: cookie },
  pages: { signIn: "/sign-in" },
  callbacks: {
    session({ session, token }) {
      return { ...session, userId: token.sub ? Number(token.sub) : undefined };
    },
  },
  providers: [
    Credentials({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await authenticate(getDatabase().db, credentials, { ip: clientIp(request.headers) });
        if (result.status === "locked") throw new Error(`${SIGN_IN_LOCKED}:${result.retryAt.toISOString()}`);
        return result.status === "ok" ? { id: String(result.userId), name: result.name, email: result.email } : null;
      },
    }),
  ],
};

declare module "next-auth" {
  interface Session {
    userId?: number;
  }
}
