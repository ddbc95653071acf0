import { encode } from "next-auth/jwt";
import { env } from "../env";

// The session cookie, as next-auth reads it (getServerSession, the proxy's getToken):
// HttpOnly, SameSite=Lax, and Secure with the __Secure- prefix whenever Kraya is served
// over HTTPS (NEXTAUTH_URL https://...), which is every production deployment.
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export function isSecureDeployment(source: { NEXTAUTH_URL?: string } = env): boolean {
  return source.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookie(source: { NEXTAUTH_URL?: string } = env) {
  const secure = isSecureDeployment(source);
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: SESSION_MAX_AGE_SECONDS },
  };
}

export async function encodeSession(user: { userId: number; name: string; email: string }): Promise<string> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set (npm start sets it)");
  return encode({ token: { sub: String(user.userId), name: user.name, email: user.email }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
}
