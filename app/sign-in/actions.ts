"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";
import { authenticate } from "@/lib/auth/authenticate";
import { clientIp } from "@/lib/auth/client-ip";
import { SignInSchema } from "@/lib/auth/schemas";
import { encodeSession, sessionCookie } from "@/lib/auth/session-cookie";
import { getDatabase } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import type { FormState } from "@/lib/forms/form-state";
import { echoValues, readForm } from "@/lib/forms/read-form";
import { safeCallbackUrl } from "./_components/safe-callback-url";

// Sign-in as a plain form post: it works before the page's JavaScript has loaded, or without it.
export async function signInAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = SignInSchema.safeParse(readForm(formData, SignInSchema));
  const values = echoValues(formData);
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsOf(parsed.error), values };
  const headerStore = await headers();
  const result = await authenticate(getDatabase().db, parsed.data, { ip: clientIp(Object.fromEntries(headerStore.entries())) });
  if (result.status === "locked") {
    const time = formatDate(await getLocale(), result.retryAt, { withTime: true });
    return { status: "failed", message: "signIn.locked", params: { time }, values };
  }
  if (result.status === "invalid") return { status: "failed", message: "signIn.failed", values };
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, await encodeSession(result), cookie.options);
  const callbackUrl = formData.get("callbackUrl");
  redirect(safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined));
}

export async function signOutAction(formData: FormData): Promise<void> {
  (await cookies()).delete(sessionCookie().name);
  const returnTo = formData.get("returnTo");
  redirect(typeof returnTo === "string" && returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(safeCallbackUrl(returnTo, "/"))}` : "/");
}
