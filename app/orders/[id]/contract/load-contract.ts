import "server-only";
import { redirect } from "next/navigation";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse, recordId } from "@/app/_lib/or-refuse";
import { nowOf } from "@/lib/auth/context";
import { getDatabase } from "@/lib/db/client";
import { getContract } from "@/lib/orders/contract";
import { contractContent } from "@/lib/orders/contract-content";
import { translatorFor } from "@/lib/notifications/translator";

// The contract of /orders/<id>/contract in a language, for whoever may read it.
export async function loadContract(id: string, locale: string) {
  const ctx = await actionContext();
  if (!ctx.actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/orders/${id}/contract`)}`);
  const contract = await orRefuse(getContract(getDatabase().db, ctx, recordId(id)));
  return { contract, content: contractContent(contract, await translatorFor(locale), locale, nowOf(ctx)) };
}
