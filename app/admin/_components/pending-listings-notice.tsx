import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { countListingsAwaitingApproval } from "@/lib/admin/listing-review";
import { getDatabase } from "@/lib/db/client";

// The overview's pointer to the listing approval queue, when listings of the area wait.
export async function PendingListingsNotice({ actor }: { actor: Actor }) {
  if (!actor.adminScope) return null;
  const [t, count] = await Promise.all([getTranslations("listingReview"), countListingsAwaitingApproval(getDatabase().db, { actor, ip: null })]);
  if (count === 0) return null;
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border-l-4 border-amber-500 bg-amber-50 p-4 text-amber-950">
      <span className="font-semibold">{t("overview", { count })}</span>
      <Link href="/admin/listings" className="font-semibold text-navy-800 underline">
        {t("overviewLink")}
      </Link>
    </p>
  );
}
