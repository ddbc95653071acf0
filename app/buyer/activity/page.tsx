import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/portal/pagination";
import { Button } from "@/components/ui/button";
import { activityMessageKey, listOrganisationActivity, ORGANISATION_ACTIONS } from "@/lib/buyers/list-organisation-activity";
import { getDatabase } from "@/lib/db/client";
import { requirePrimaryUserPage } from "../_lib/require-primary-user";
import { ActivityList } from "./_components/activity-list";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerPortal.activity");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const selectClass = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 sm:w-72";

export default async function BuyerActivityPage({ searchParams }: Props) {
  const actor = await requirePrimaryUserPage("/buyer/activity");
  const params = await searchParams;
  const person = Number(params.person) || undefined;
  const action = ORGANISATION_ACTIONS.find((candidate) => candidate === params.action);
  const page = Math.max(1, Number(params.page) || 1);
  const [t, activity] = await Promise.all([
    getTranslations("buyerPortal.activity"),
    listOrganisationActivity(getDatabase().db, { actor, ip: null }, { actorUserId: person, action, page }),
  ]);
  const pageHref = (target: number) => {
    const query = new URLSearchParams({ ...(person ? { person: String(person) } : {}), ...(action ? { action } : {}), page: String(target) });
    return `/buyer/activity?${query.toString()}`;
  };
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
        <div className="w-full sm:w-auto">
          <label htmlFor="activity-person" className="block font-semibold text-slate-900">
            {t("person")}
          </label>
          <select id="activity-person" name="person" defaultValue={person ? String(person) : ""} className={selectClass}>
            <option value="">{t("everyone")}</option>
            {activity.people.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <div className="w-full sm:w-auto">
          <label htmlFor="activity-action" className="block font-semibold text-slate-900">
            {t("action")}
          </label>
          <select id="activity-action" name="action" defaultValue={action ?? ""} className={selectClass}>
            <option value="">{t("allActions")}</option>
            {ORGANISATION_ACTIONS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`actionNames.${activityMessageKey(candidate)}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </form>
      <section aria-labelledby="activity-heading" className="space-y-4">
        <h2 id="activity-heading" className="text-xl font-bold text-navy-900">
          {t("count", { count: activity.total })}
        </h2>
        {activity.entries.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <ActivityList entries={activity.entries} />
        )}
        <Pagination page={page} pageCount={activity.pageCount} hrefFor={pageHref} messages="buyerPortal.activity" />
      </section>
    </>
  );
}
