import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { formatRupees } from "@/lib/money/format";
import { shareBps } from "@/lib/reporting/definitions";
import { figureQueryOf, ReportParamsSchema, withParam } from "@/lib/reporting/report-params";
import { getStateFlows, getStateLeague } from "@/lib/reporting/state-flows";
import { ReportFilters } from "../_components/report-filters";
import { ReportHeader } from "../_components/report-header";
import { percentText } from "../_components/report-format";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("states.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StateReportPage({ searchParams }: Props) {
  const actor = await requirePortal("admin", "/admin/reports/states");
  const raw = ReportParamsSchema.parse(await searchParams);
  const params = { ...raw, year: raw.year ?? ("all" as const) };
  const now = new Date();
  const { db } = getDatabase();
  const query = figureQueryOf(actor, params, now);
  const stateId = query.area.level === "STATE" ? query.area.stateId : null;
  const [t, locale, league, flows] = await Promise.all([
    getTranslations("reports"), getLocale(), getStateLeague(db, query), stateId === null ? null : getStateFlows(db, stateId, query),
  ]);
  const chosen = league.find((row) => row.stateId === stateId);
  const flowRows = flows ? ([["sameState", flows.sameState], ["otherStates", flows.otherStates], ["central", flows.central]] as const) : [];
  const csv = `/admin/reports/states/csv${withParam(params, "year", params.year)}`;
  return (
    <>
      <ReportHeader title={t("states.title")} area={query.area} />
      <ReportFilters params={params} period={query.period} narrowings={[]} now={now} />
      {flows && chosen ? (
        <section aria-labelledby="state-flows" className="mb-8 rounded-lg border border-navy-100 bg-white p-4 shadow-sm sm:p-5">
          <h2 id="state-flows" className="mb-1 text-lg font-bold text-navy-900">{t("states.flowsTitle", { state: localName(locale, chosen) })}</h2>
          <p className="mb-3 text-sm text-slate-700">{t("states.flowsNote")}</p>
          <DataTable
            caption={t("states.flowsTitle", { state: localName(locale, chosen) })}
            rows={[...flowRows]}
            rowKey={([key]) => key}
            columns={[
              { header: t("states.buyers"), cell: ([key]) => t(`states.${key}`) },
              { header: t("states.allSellers"), numeric: true, cell: ([, figures]) => formatRupees(figures.gmvPaise) },
              { header: t("states.mseSellers"), numeric: true, cell: ([, figures]) => formatRupees(figures.mseGmvPaise) },
              { header: t("columns.orders"), numeric: true, cell: ([, figures]) => figures.orders.toLocaleString("en-IN") },
            ]}
          />
        </section>
      ) : null}
      <section aria-labelledby="state-league" className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm sm:p-5">
        <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="state-league" className="text-lg font-bold text-navy-900">{t("states.leagueTitle")}</h2>
          <a href={csv} download className="text-sm font-semibold text-navy-700 underline print:hidden">{t("downloadCsv")}<span className="sr-only">: {t("states.leagueTitle")}</span></a>
        </div>
        <p className="mb-3 text-sm text-slate-700">{t("states.leagueNote")}</p>
        <DataTable
          caption={t("states.leagueTitle")}
          rows={league.map((row, index) => ({ ...row, rank: index + 1 }))}
          rowKey={(row) => row.stateId}
          highlight={(row) => row.stateId === stateId}
          columns={[
            { header: t("states.state"), cell: (row) => (actor.adminScope?.level === "NATIONAL" ? <Link className="text-navy-700 underline" href={withParam(params, "state", row.stateId)}>{`${row.rank}. ${localName(locale, row)}`}</Link> : `${row.rank}. ${localName(locale, row)}`) },
            { header: t("states.bought"), numeric: true, cell: (row) => formatRupees(row.boughtPaise) },
            { header: t("states.won"), numeric: true, cell: (row) => formatRupees(row.wonPaise) },
            { header: t("states.wonMseShare"), numeric: true, cell: (row) => percentText(shareBps(row.wonMsePaise, row.wonPaise)) },
          ]}
        />
      </section>
    </>
  );
}
