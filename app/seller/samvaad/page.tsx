import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { EventCard } from "@/components/outreach/event-card";
import { EmptyState } from "@/components/ui/empty-state";
import { hasRole } from "@/lib/auth/actor";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { listEventsForFacilitator } from "@/lib/outreach/list-events";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outreach.facilitator");
  return { title: t("title") };
}

// A facilitator's Samvaad events: those coming up and those whose attendance is still open.
export default async function FacilitatorSamvaadPage() {
  const actor = await requirePortal("seller", "/seller/samvaad");
  if (!hasRole(actor, "FACILITATOR")) forbidden();
  const [t, ctx] = await Promise.all([getTranslations("outreach.facilitator"), actionContext()]);
  const events = await listEventsForFacilitator(getDatabase().db, ctx);
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
      </div>
      {events.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} href={`/seller/samvaad/${event.id}`} headingLevel="h2" />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
