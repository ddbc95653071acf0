import { getDatabase } from "@/lib/db/client";
import { publicBaseUrl } from "@/lib/env";
import { listOcdsReleases } from "@/lib/opendata/list-ocds-releases";
import { parseReleasesQuery } from "@/lib/opendata/ocds-schemas";

// Open data (issue 6): an OCDS 1.1 release package of the orders placed in [from, to), IST,
// a page at a time. Public and readable from any origin. Documented in docs/open-data.md.
export async function GET(request: Request) {
  const headers = { "Access-Control-Allow-Origin": "*" };
  const parsed = parseReleasesQuery(new URL(request.url).searchParams, new Date());
  if (!parsed.ok) return Response.json({ error: "invalid_request", errors: parsed.errors }, { status: 400, headers });
  const { db } = getDatabase();
  return Response.json(await listOcdsReleases(db, parsed.query, { baseUrl: publicBaseUrl() }), { headers });
}
