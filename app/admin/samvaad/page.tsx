import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { WhenTabs } from "@/components/outreach/when-tabs";
import { Pagination } from "@/components/portal/pagination";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { EVENTS_PER_PAGE, listEventsForAdmin, type When } from "@/lib/outreach/list-events";
import { AdminEventsTable } from "./_components/admin-events-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outreach.admin");
  return { title: t("title") };
}

type SearchParams = Promise<{ when?: string; page?: string }>;

export default async function AdminSamvaadPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePortal("admin", "/admin/samvaad");
  const params = await searchParams;
  const when: When = params.when === "past" ? "past" : "upcoming";
  const page = Math.max(1, Number(params.page) || 1);
  const [t, ctx] = await Promise.all([getTranslations("outreach.admin"), actionContext()]);
  const { events, total } = await listEventsForAdmin(getDatabase().db, ctx, { when, page });
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
          <p className="mt-2 text-slate-700">{t("intro")}</p>
        </div>
        <ButtonLink href="/admin/samvaad/new">{t("schedule")}</ButtonLink>
      </div>
      <WhenTabs
        label={t("title")}
        tabs={[
          { href: "/admin/samvaad", label: t("upcoming"), current: when === "upcoming" },
          { href: "/admin/samvaad?when=past", label: t("past"), current: when === "past" },
        ]}
      />
      {events.length === 0 ? <EmptyState>{when === "upcoming" ? t("emptyUpcoming") : t("emptyPast")}</EmptyState> : <AdminEventsTable events={events} />}
      <Pagination page={page} pageCount={Math.ceil(total / EVENTS_PER_PAGE)} hrefFor={(target) => `/admin/samvaad?when=${when}&page=${target}`} messages="outreach.admin" />
    </>
  );
}
