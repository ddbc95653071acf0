import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { Pagination } from "@/components/portal/pagination";
import { formatDate } from "@/components/reporting/format-date";
import { Button } from "@/components/ui/button";
import { getDatabase } from "@/lib/db/client";
import { notificationText } from "@/lib/notifications/notification-text";
import { listNotifications } from "@/lib/notifications/notifications";
import { translatorFor } from "@/lib/notifications/translator";
import { markAllReadAction, markReadAction } from "./actions";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ page?: string }> };

// Every signed-in user's notifications, newest first, each in the reader's language.
export default async function NotificationsPage({ searchParams }: Props) {
  const ctx = await actionContext();
  if (!ctx.actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/notifications")}`);
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const [t, locale] = await Promise.all([getTranslations("notifications"), getLocale()]);
  const [{ rows, unread, pageCount }, translate] = await Promise.all([listNotifications(getDatabase().db, ctx, { page }), translatorFor(locale)]);
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
          <p className="mt-2 text-slate-700">{t("intro")}</p>
          <p className="mt-1 font-semibold text-navy-800">{t("unreadSummary", { count: unread })}</p>
        </div>
        {unread > 0 ? (
          <form action={markAllReadAction}>
            <Button type="submit" variant="secondary">
              {t("markAllRead")}
            </Button>
          </form>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ol className="divide-y divide-navy-100 overflow-hidden rounded-lg border border-navy-100 bg-white shadow-sm">
          {rows.map((row) => {
            const text = notificationText(translate, locale, row);
            const isUnread = row.readAt === null;
            return (
              <li key={row.id} className={`flex flex-wrap items-start justify-between gap-x-6 gap-y-3 p-4 ${isUnread ? "border-l-4 border-l-saffron-500 bg-navy-50" : "border-l-4 border-l-transparent"}`}>
                <div className="min-w-0 flex-1 basis-72">
                  <p className="flex flex-wrap items-center gap-x-3 text-sm text-slate-700">
                    {isUnread ? <span className="rounded-full bg-navy-800 px-2 py-0.5 text-xs font-semibold text-white">{t("unread")}</span> : null}
                    <time dateTime={row.createdAt.toISOString()}>{formatDate(locale, row.createdAt, { withTime: true })}</time>
                  </p>
                  <h2 className={`mt-1 text-lg text-navy-900 ${isUnread ? "font-bold" : "font-semibold"}`}>
                    {row.link ? <Link href={row.link}>{text.title}</Link> : text.title}
                  </h2>
                  <p className="mt-1 whitespace-pre-line text-slate-800">{text.body}</p>
                </div>
                {isUnread ? (
                  <form action={markReadAction}>
                    <input type="hidden" name="notificationId" value={row.id} />
                    <button
                      type="submit"
                      aria-label={t("markReadOf", { title: text.title })}
                      className="inline-flex min-h-11 items-center rounded-md border border-navy-700 bg-white px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50"
                    >
                      {t("markRead")}
                    </button>
                  </form>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(target) => `/notifications?page=${target}`} messages="notifications" />
    </div>
  );
}
