import { z } from "zod";
import { INCLUSION_GROUPS, type InclusionDashboard, type InclusionGroup, type InclusionQuery, type InclusionRow } from "@/lib/reporting/inclusion-dashboard";

// The dashboard's address: `?group=SHG&year=2025&state=12&district=345`, shared as a link.
// A value that does not parse falls back to its default (SHGs, the current year, the
// admin's own area) rather than refusing the link.
const id = z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined);

export const InclusionParamsSchema = z.object({
  group: z.enum(INCLUSION_GROUPS).catch("SHG"),
  year: z.union([z.literal("all"), z.coerce.number().int().min(2000).max(2100)]).optional().catch(undefined),
  state: id,
  district: id,
  block: id,
});

export type InclusionParams = z.infer<typeof InclusionParamsSchema>;

export function queryOf(params: InclusionParams): InclusionQuery {
  return { group: params.group, year: params.year, stateId: params.state, districtId: params.district, blockId: params.block };
}

type Address = { group: InclusionGroup; year: number | "all"; state?: number; district?: number; block?: number };

export function inclusionHref(address: Address, path = "/admin/reports/inclusion"): string {
  const query = new URLSearchParams({ group: address.group, year: String(address.year) });
  for (const key of ["state", "district", "block"] as const) {
    if (address[key] !== undefined) query.set(key, String(address[key]));
  }
  return `${path}?${query.toString()}`;
}

// The address of the dashboard shown, with the group and the year it settled on spelt out,
// so that the link shows the same figures tomorrow and to someone else.
export function addressOf(dashboard: InclusionDashboard): Address {
  const { place } = dashboard;
  return { group: dashboard.group, year: dashboard.year?.startYear ?? "all", state: place.state?.id, district: place.district?.id, block: place.block?.id };
}

// Each row opens the dashboard one level down; a block's sellers open their own record.
export function rowHref(dashboard: InclusionDashboard, row: InclusionRow): string | null {
  if (row.id === null) return null;
  const address = addressOf(dashboard);
  switch (dashboard.rowLevel) {
    case "STATE":
      return inclusionHref({ ...address, state: row.id });
    case "DISTRICT":
      return inclusionHref({ ...address, district: row.id });
    case "BLOCK":
      return inclusionHref({ ...address, block: row.id });
    case "SELLER":
      return `/admin/sellers/${row.id}`;
  }
}
