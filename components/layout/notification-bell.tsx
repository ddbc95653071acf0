import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { getDatabase } from "@/lib/db/client";
import { countUnreadNotifications } from "@/lib/notifications/notifications";

// The header's way to the notification centre, with the number of unread notifications.
export async function NotificationBell({ actor }: { actor: Actor }) {
  const [t, unread] = await Promise.all([getTranslations("notifications"), countUnreadNotifications(getDatabase().db, { actor, ip: null })]);
  return (
    <Link
      href="/notifications"
      aria-label={unread > 0 ? t("bellUnread", { count: unread }) : t("bell")}
      className="relative inline-flex size-10 items-center justify-center rounded-md border border-white/40 text-white hover:bg-white/15"
    >
      <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span aria-hidden="true" className="absolute -top-2 -right-2 min-w-5 rounded-full bg-saffron-400 px-1.5 text-center text-xs font-bold leading-5 text-navy-950">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
