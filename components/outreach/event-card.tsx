import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { EventSummary } from "@/lib/outreach/list-events";
import { eventPlace } from "./event-place";
import { eventWhen } from "./event-when";

type EventCardProps = { event: EventSummary & { _count: { registrations: number } }; href: string; headingLevel?: "h2" | "h3" };

// One event in a list: what, when, where, for whom, and whether seats are left.
export async function EventCard({ event, href, headingLevel: Heading = "h3" }: EventCardProps) {
  const [t, locale] = await Promise.all([getTranslations("outreach"), getLocale()]);
  const seatsLeft = event.capacity === null ? null : Math.max(0, event.capacity - event._count.registrations);
  const place = event.mode === "ONLINE" ? t("card.online") : eventPlace(locale, event);
  return (
    <article className="flex h-full flex-col rounded-lg border border-navy-100 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={event.mode === "ONLINE" ? "info" : "neutral"}>{t(`modes.${event.mode}`)}</Badge>
        {event.cancelledAt ? <Badge tone="danger">{t("card.cancelled")}</Badge> : null}
        {!event.cancelledAt && seatsLeft === 0 ? <Badge tone="warning">{t("card.full")}</Badge> : null}
      </div>
      <Heading className="mt-3 text-lg font-bold text-navy-900">
        <Link href={href} className="text-navy-900 hover:underline" aria-label={t("card.view", { title: event.title })}>
          {event.title}
        </Link>
      </Heading>
      <p className="mt-1 font-medium text-slate-800">{eventWhen(locale, event.startsAt, event.endsAt)}</p>
      <p className="mt-1 text-slate-700">{place}</p>
      <p className="mt-3 text-sm text-slate-700">
        <span className="font-semibold">{t("card.for")}: </span>
        {event.audiences.map((audience) => t(`audiences.${audience}`)).join(", ")}
      </p>
      <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-4">
        {seatsLeft !== null && seatsLeft > 0 && !event.cancelledAt ? <span className="text-sm text-slate-700">{t("card.seatsLeft", { count: seatsLeft })}</span> : <span />}
        <Link href={href} className="font-semibold text-navy-800 underline" tabIndex={-1} aria-hidden="true">
          {t("card.details")}
        </Link>
      </div>
    </article>
  );
}
