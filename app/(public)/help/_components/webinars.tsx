import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { eventWhen } from "@/components/outreach/event-when";
import { EmptyState } from "@/components/ui/empty-state";
import { currentTime } from "@/lib/clock";
import { getDatabase } from "@/lib/db/client";
import { listUpcomingWebinars } from "@/lib/outreach/list-events";

// Webinar announcements: the online Samvaad events that have not ended, each registered for
// on its event page.
export async function Webinars() {
  const [t, locale, webinars] = await Promise.all([getTranslations("outreach"), getLocale(), listUpcomingWebinars(getDatabase().db, currentTime(), 4)]);
  if (webinars.length === 0) return <EmptyState>{t("webinars.none")}</EmptyState>;
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {webinars.map((webinar) => (
        <li key={webinar.id} className="rounded-lg border border-navy-100 bg-white p-5 shadow-sm">
          <h3 className="text-lg font-bold text-navy-900">
            <Link href={`/samvaad/${webinar.id}`} className="text-navy-900 hover:underline">
              {webinar.title}
            </Link>
          </h3>
          <p className="mt-1 font-medium text-slate-800">{eventWhen(locale, webinar.startsAt, webinar.endsAt)}</p>
          <p className="mt-1 text-sm text-slate-700">
            <span className="font-semibold">{t("card.for")}: </span>
            {webinar.audiences.map((audience) => t(`audiences.${audience}`)).join(", ")}
          </p>
          <Link href={`/samvaad/${webinar.id}#registration`} className="mt-3 inline-block font-semibold text-navy-800 underline">
            {t("webinars.register")}
          </Link>
        </li>
      ))}
    </ul>
  );
}
