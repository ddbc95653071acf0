import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DetailList } from "@/components/portal/detail-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { StaffEventView } from "@/lib/outreach/get-event";
import { eventPlace } from "./event-place";
import { eventWhen } from "./event-when";

// The event as its staff see it: title, facts, and the public page it is announced on.
export async function StaffEventHeader({ event, backHref, backLabel }: { event: StaffEventView["event"]; backHref: string; backLabel: string }) {
  const [t, locale] = await Promise.all([getTranslations("outreach"), getLocale()]);
  return (
    <>
      <div>
        <Link href={backHref} className="font-semibold text-navy-800 underline">
          {backLabel}
        </Link>
        <div className="mt-3 flex flex-wrap gap-2">
          <Badge tone={event.mode === "ONLINE" ? "info" : "neutral"}>{t(`modes.${event.mode}`)}</Badge>
          {event.cancelledAt ? <Badge tone="danger">{t("card.cancelled")}</Badge> : null}
        </div>
        <h1 className="mt-2 text-3xl font-bold text-navy-900">{event.title}</h1>
        <p className="mt-1 text-sm text-slate-700">{t("admin.createdBy", { name: event.createdBy.name })}</p>
      </div>
      <Card aria-label={event.title}>
        <DetailList
          columns={3}
          details={[
            { label: t("event.when"), value: eventWhen(locale, event.startsAt, event.endsAt) },
            { label: t("event.where"), value: event.mode === "ONLINE" ? (event.onlineUrl ?? t("card.online")) : eventPlace(locale, event) },
            { label: t("event.audience"), value: event.audiences.map((audience) => t(`audiences.${audience}`)).join(", ") },
          ]}
        />
        {event.cancelledAt ? <p className="mt-4 font-semibold text-red-800">{t("event.cancelledNotice", { reason: event.cancelReason ?? "" })}</p> : null}
        <Link href={`/samvaad/${event.id}`} className="mt-4 inline-block font-semibold text-navy-800 underline">
          {t("admin.publicPage")}
        </Link>
      </Card>
    </>
  );
}
