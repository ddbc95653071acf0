import { currentTime } from "@/lib/clock";
import { getDatabase } from "@/lib/db/client";
import { publicBaseUrl } from "@/lib/env";
import { listOcdsBidReleases } from "@/lib/opendata/list-ocds-bid-releases";
import { parseReleasesQuery } from "@/lib/opendata/ocds-schemas";

// Open data (issue 7): an OCDS 1.1 release package of the bids published in [from, to), IST,
// a page at a time, with the same parameters as /api/ocds/releases. Public and readable from
// any origin. Documented in docs/open-data.md.
export async function GET(request: Request) {
  const headers = { "Access-Control-Allow-Origin": "*" };
  const now = currentTime();
  const parsed = parseReleasesQuery(new URL(request.url).searchParams, now);
  if (!parsed.ok) return Response.json({ error: "invalid_request", errors: parsed.errors }, { status: 400, headers });
  const { db } = getDatabase();
  return Response.json(await listOcdsBidReleases(db, parsed.query, { baseUrl: publicBaseUrl(), now }), { headers });
}
