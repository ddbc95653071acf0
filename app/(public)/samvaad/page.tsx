import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EventCard } from "@/components/outreach/event-card";
import { localName } from "@/components/portal/local-name";
import { Pagination } from "@/components/portal/pagination";
import { SectionHeading } from "@/components/portal/section-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { currentTime } from "@/lib/clock";
import { getDatabase } from "@/lib/db/client";
import { EVENTS_PER_PAGE, listPublicEvents, type When } from "@/lib/outreach/list-events";
import { StateFilter } from "./_components/state-filter";
import { WhenTabs } from "@/components/outreach/when-tabs";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outreach.public");
  return { title: t("title"), description: t("intro") };
}

type SearchParams = Promise<{ when?: string; state?: string; page?: string }>;

// GeM Samvaad (seeds 000): outreach events state by state, open to anyone.
export default async function SamvaadPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const when: When = params.when === "past" ? "past" : "upcoming";
  const stateId = Number(params.state) > 0 ? Number(params.state) : undefined;
  const page = Math.max(1, Number(params.page) || 1);
  const [t, locale, { events, total, states }] = await Promise.all([
    getTranslations("outreach.public"),
    getLocale(),
    listPublicEvents(getDatabase().db, currentTime(), { when, stateId, page }),
  ]);
  const hrefFor = (query: { when: When; page?: number }) =>
    `/samvaad?${new URLSearchParams({ when: query.when, ...(stateId ? { state: String(stateId) } : {}), ...(query.page && query.page > 1 ? { page: String(query.page) } : {}) })}`;
  // Online events are for everyone, wherever they are organised from: listed on their own.
  const groups = new Map<string, { heading: string; events: typeof events }>();
  for (const event of events) {
    const key = event.mode === "ONLINE" ? "online" : `state-${event.state.id}`;
    const heading = event.mode === "ONLINE" ? t("online") : t("eventsIn", { state: localName(locale, event.state) });
    groups.set(key, { heading, events: [...(groups.get(key)?.events ?? []), event] });
  }
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10 sm:px-6">
      <div>
        <h1 className="text-3xl font-bold text-navy-900 sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      </div>
      <StateFilter states={states} stateId={stateId} when={when} />
      <WhenTabs
        label={t("title")}
        tabs={[
          { href: hrefFor({ when: "upcoming" }), label: t("upcoming"), current: when === "upcoming" },
          { href: hrefFor({ when: "past" }), label: t("past"), current: when === "past" },
        ]}
      />
      {events.length === 0 ? <EmptyState>{when === "upcoming" ? t("emptyUpcoming") : t("emptyPast")}</EmptyState> : null}
      {[...groups].map(([key, group]) => (
        <section key={key} aria-labelledby={key}>
          <SectionHeading id={key}>{group.heading}</SectionHeading>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {group.events.map((event) => (
              <li key={event.id}>
                <EventCard event={event} href={`/samvaad/${event.id}`} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Pagination page={page} pageCount={Math.ceil(total / EVENTS_PER_PAGE)} hrefFor={(target) => hrefFor({ when, page: target })} messages="outreach.public" />
    </div>
  );
}
