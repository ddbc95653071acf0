import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { eventPlace } from "@/components/outreach/event-place";
import { eventWhen } from "@/components/outreach/event-when";
import { CardTable } from "@/components/portal/card-table";
import { Badge } from "@/components/ui/badge";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import type { AdminEventRow } from "@/lib/outreach/list-events";

const STEPS = ["registered", "attended", "onboarded", "listed", "sold"] as const;

// Each event in the admin's area with its funnel, as cards on a phone and a table from laptops up.
export async function AdminEventsTable({ events }: { events: AdminEventRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("outreach"), getLocale()]);
  const place = (event: AdminEventRow) => (event.mode === "ONLINE" ? t("card.online") : eventPlace(locale, event));
  const title = (event: AdminEventRow) => (
    <>
      <Link href={`/admin/samvaad/${event.id}`} className="font-semibold text-navy-800 underline">
        {event.title}
      </Link>
      {event.cancelledAt ? (
        <span className="ml-2">
          <Badge tone="danger">{t("card.cancelled")}</Badge>
        </span>
      ) : null}
    </>
  );
  return (
    <CardTable
      caption={t("admin.tableCaption")}
      rows={events}
      rowKey={(event) => event.id}
      columns={[
        { header: t("admin.columns.event"), cell: title },
        { header: t("admin.columns.date"), cell: (event) => eventWhen(locale, event.startsAt, event.endsAt), className: "min-w-44" },
        { header: t("admin.columns.place"), cell: place },
        ...STEPS.map((step) => ({ header: t(`funnel.${step}`), cell: (event: AdminEventRow) => formatIndianNumber(event.funnel[step]), className: "text-right tabular-nums" })),
        { header: t("funnel.gmv"), cell: (event) => formatRupees(event.funnel.gmvPaise), className: "text-right tabular-nums whitespace-nowrap" },
      ]}
      card={(event) => (
        <>
          <p>{title(event)}</p>
          <p className="mt-1 text-sm text-slate-700">{eventWhen(locale, event.startsAt, event.endsAt)}</p>
          <p className="text-sm text-slate-700">{place(event)}</p>
          <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
            {STEPS.map((step) => (
              <div key={step}>
                <dt className="text-slate-600">{t(`funnel.${step}`)}</dt>
                <dd className="font-semibold text-slate-900 tabular-nums">{formatIndianNumber(event.funnel[step])}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    />
  );
}
