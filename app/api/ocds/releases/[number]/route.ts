import { getDatabase } from "@/lib/db/client";
import { publicBaseUrl } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { findOcdsRelease } from "@/lib/opendata/find-ocds-release";

// One order's release package, by order number (KRY-2627-00000012). Public, like the list.
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const headers = { "Access-Control-Allow-Origin": "*" };
  const { number } = await params;
  try {
    return Response.json(await findOcdsRelease(getDatabase().db, number, { baseUrl: publicBaseUrl() }), { headers });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return Response.json({ error: "not_found", message: `No order is numbered ${number}.` }, { status: 404, headers });
  }
}
