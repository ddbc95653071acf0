import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { followAction, unfollowAction } from "@/app/_lib/follow-actions";
import { localName } from "@/components/portal/local-name";
import { isFollowing } from "@/lib/alerts/follows";
import type { FollowTarget } from "@/lib/alerts/follow-schemas";
import { hasRole, PORTAL_ROLES } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { getDatabase } from "@/lib/db/client";

const TONES = {
  onLight: {
    follow: "bg-navy-800 text-white hover:bg-navy-900",
    unfollow: "border border-navy-700 bg-white text-navy-800 hover:bg-navy-50",
    note: "text-slate-700",
    following: "text-green-700",
  },
  onDark: {
    follow: "bg-saffron-400 text-navy-950 hover:bg-white",
    unfollow: "border border-white/70 bg-transparent text-white hover:bg-white/15",
    note: "text-navy-100",
    following: "text-white",
  },
} as const;

type FollowButtonProps = { target: FollowTarget; name: string; returnTo: string; tone?: keyof typeof TONES };

// Follow or unfollow a category or a market page: a plain form post. Anonymous visitors are
// offered sign-in (and come back here); sellers and officials are told only buyers follow.
export async function FollowButton({ target, name, returnTo, tone = "onLight" }: FollowButtonProps) {
  const [t, actor] = await Promise.all([getTranslations("follows"), getActor()]);
  const classes = TONES[tone];
  const button = "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-5 py-2 text-base font-semibold no-underline";
  if (!actor) {
    return (
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`} className={`${button} ${classes.follow}`}>
        {t("signInToFollow")}
      </Link>
    );
  }
  if (!hasRole(actor, ...PORTAL_ROLES.buyer)) return <p className={`text-sm ${classes.note}`}>{t("buyersOnly")}</p>;
  const following = await isFollowing(getDatabase().db, { actor, ip: null }, target);
  const hidden = target.marketPage ? <input type="hidden" name="marketPage" value={target.marketPage} /> : <input type="hidden" name="categoryId" value={target.categoryId} />;
  return following ? (
    <form action={unfollowAction} className="flex flex-wrap items-center gap-3">
      {hidden}
      <span className={`inline-flex items-center gap-1.5 font-semibold ${classes.following}`}>
        <span aria-hidden="true">✓</span>
        {t("following")}
      </span>
      <button type="submit" aria-label={`${t("unfollow")}: ${name}`} className={`${button} ${classes.unfollow}`}>
        {t("unfollow")}
      </button>
    </form>
  ) : (
    <form action={followAction}>
      {hidden}
      <button type="submit" className={`${button} ${classes.follow}`}>
        <span aria-hidden="true">+</span>
        {t("followTarget", { name })}
      </button>
    </form>
  );
}

// For the search and product pages: follow a category (a leaf, or a parent with all under it).
export async function FollowCategoryButton({ category, returnTo }: { category: { id: number; name: string; nameHi: string }; returnTo: string }) {
  const locale = await getLocale();
  return <FollowButton target={{ categoryId: category.id }} name={localName(locale, category)} returnTo={returnTo} />;
}
