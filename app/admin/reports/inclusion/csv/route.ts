import { getLocale, getTranslations } from "next-intl/server";
import { csvResponse, csvRupees } from "@/app/_lib/csv-response";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getInclusionDashboard, type InclusionFigures } from "@/lib/reporting/inclusion-dashboard";
import { InclusionParamsSchema, queryOf } from "../_components/inclusion-params";
import { rowName } from "../_components/inclusion-names";

// Two decimals, as in the other report exports; empty when nothing was received.
const percentCell = (bps: number | null) => (bps === null ? "" : (bps / 100).toFixed(2));

// GET /admin/reports/inclusion/csv?group=SHG&year=2025&state=12: the dashboard's table, with
// the same parameters, the same refusals and a Total row equal to the figures on the screen.
export async function GET(request: Request) {
  const actor = await requirePortal("admin", "/admin/reports/inclusion");
  const params = InclusionParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const dashboard = await getInclusionDashboard(getDatabase().db, actor, queryOf(params)).catch((error: unknown) => {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    if (error instanceof ForbiddenError) return new Response("Forbidden", { status: 403 });
    throw error;
  });
  if (dashboard instanceof Response) return dashboard;
  const [t, locale] = await Promise.all([getTranslations("inclusion"), getLocale()]);
  const bySeller = dashboard.rowLevel === "SELLER";
  const cells = (figures: InclusionFigures) => [
    ...(bySeller ? [] : [figures.sellers]),
    figures.productsUploaded,
    figures.productsApproved,
    figures.ordersReceived,
    figures.ordersFulfilled,
    percentCell(figures.fulfilledBps),
    csvRupees(figures.valuePaise),
  ];
  const headers = [...(bySeller ? [] : (["sellers"] as const)), "uploaded", "approved", "received", "fulfilled", "fulfilledShare", "csvValue"] as const;
  const { place } = dashboard;
  const where = place.block ? `block-${place.block.id}` : place.district ? `district-${place.district.id}` : place.state ? `state-${place.state.id}` : "india";
  // "2025–26" as "2025-26": file names keep to ASCII.
  const period = dashboard.year ? dashboard.year.label.replace("–", "-") : "all-years";
  return csvResponse(
    `kraya-inclusion-${dashboard.group.toLowerCase()}-${where}-${period}.csv`,
    [t(`table.place.${dashboard.rowLevel}`), ...headers.map((header) => t(`table.${header}`))],
    [...dashboard.rows.map((row) => [rowName(t, locale, row), ...cells(row.figures)]), [t("table.total"), ...cells(dashboard.totals)]],
  );
}
