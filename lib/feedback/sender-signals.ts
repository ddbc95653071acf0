import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../env";

// What Kraya keeps to recognise an anonymous sender without keeping who they are: the
// address as a keyed hash (so the table never holds an IP), and a signed "form shown at"
// time, so a robot that posts at once, or forges the time, is told apart from a person.

// Deployments always set NEXTAUTH_SECRET (sessions need it); tests and scripts fall back to a
// fixed key, which makes the hashes guessable but nothing else depends on them.
const DEVELOPMENT_KEY = "kraya-feedback-development-key-only";
export const MIN_FILL_MS = 3_000;
export const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;

function mac(purpose: string, value: string): string {
  return createHmac("sha256", env.NEXTAUTH_SECRET ?? DEVELOPMENT_KEY).update(`${purpose}:${value}`).digest("base64url");
}

export function hashSenderIp(ip: string | null): string {
  return mac("feedback-ip", ip ?? "unknown");
}

export function signFormStart(now: Date): string {
  const at = String(now.getTime());
  return `${at}.${mac("feedback-form", at)}`;
}

// How long ago the form was shown, or null when the token is missing or not ours.
export function formAgeMs(token: string | undefined, now: Date): number | null {
  const [at, signature] = (token ?? "").split(".");
  if (!at || !signature || !/^\d{1,15}$/.test(at)) return null;
  const expected = Buffer.from(mac("feedback-form", at));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return now.getTime() - Number(at);
}
