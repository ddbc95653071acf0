import { getTranslations } from "next-intl/server";
import { csvResponse, csvRupees } from "@/app/_lib/csv-response";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { figureQueryOf, ReportParamsSchema } from "@/lib/reporting/report-params";
import { getStateLeague } from "@/lib/reporting/state-flows";

// GET /admin/reports/states/csv?year=...: the state league table of the states view.
export async function GET(request: Request) {
  const actor = await requirePortal("admin", "/admin/reports/states");
  const raw = ReportParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const params = { year: raw.year ?? ("all" as const) };
  const query = figureQueryOf(actor, params, new Date());
  const [t, league] = await Promise.all([getTranslations("reports"), getStateLeague(getDatabase().db, query)]);
  const total = (pick: (row: (typeof league)[number]) => bigint) => csvRupees(league.reduce((sum, row) => sum + pick(row), 0n));
  return csvResponse(
    `kraya-state-league-${query.period.year?.label ?? "all-years"}.csv`,
    [t("states.state"), t("states.bought"), t("states.won"), t("states.wonMse")],
    [
      ...league.map((row) => [row.name, csvRupees(row.boughtPaise), csvRupees(row.wonPaise), csvRupees(row.wonMsePaise)]),
      [t("csv.total"), total((row) => row.boughtPaise), total((row) => row.wonPaise), total((row) => row.wonMsePaise)],
    ],
  );
}
