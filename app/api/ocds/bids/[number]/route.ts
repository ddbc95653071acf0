import { bidNumberOfParam } from "@/lib/bids/public-bids";
import { currentTime } from "@/lib/clock";
import { getDatabase } from "@/lib/db/client";
import { publicBaseUrl } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { findOcdsBidRelease } from "@/lib/opendata/list-ocds-bid-releases";

// One bid's release package, by bid number, URL-encoded when it holds slashes
// (/api/ocds/bids/KRY%2F2026%2FB%2F0000001). Public, like the list.
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const headers = { "Access-Control-Allow-Origin": "*" };
  const number = bidNumberOfParam((await params).number);
  try {
    return Response.json(await findOcdsBidRelease(getDatabase().db, number, { baseUrl: publicBaseUrl(), now: currentTime() }), { headers });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return Response.json({ error: "not_found", message: `No published bid is numbered ${number}.` }, { status: 404, headers });
  }
}
