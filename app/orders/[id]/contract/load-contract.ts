import "server-only";
import { notFound, redirect } from "next/navigation";
import { actionContext } from "@/app/_lib/action-context";
import { nowOf } from "@/lib/auth/context";
import { getDatabase } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { getContract } from "@/lib/orders/contract";
import { contractContent } from "@/lib/orders/contract-content";
import { translatorFor } from "@/lib/notifications/translator";

// The contract of /orders/<id>/contract in a language, for whoever may read it.
export async function loadContract(id: string, locale: string) {
  const ctx = await actionContext();
  if (!ctx.actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/orders/${id}/contract`)}`);
  const orderId = Number(id);
  if (!Number.isSafeInteger(orderId) || orderId <= 0) notFound();
  try {
    const contract = await getContract(getDatabase().db, ctx, orderId);
    return { contract, content: contractContent(contract, await translatorFor(locale), locale, nowOf(ctx)) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
