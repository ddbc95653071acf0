import { authenticateApiKey } from "@/lib/api-keys/api-keys";
import { clientIp } from "@/lib/auth/client-ip";
import { getDatabase } from "@/lib/db/client";
import { FieldValidationError } from "@/lib/errors";
import { inEnglish } from "@/lib/registry/english-errors";
import { onboardRegistrySellers } from "@/lib/registry/onboard-registry-sellers";

// Registry integration (NRLM): up to 1,000 SHG, artisan or weaver records per call, with a
// per-record answer. Documented at /api/v1/openapi.json.
export async function POST(request: Request) {
  const { db } = getDatabase();
  const apiKey = await authenticateApiKey(db, request.headers.get("authorization"));
  if (!apiKey) {
    return Response.json(
      { error: "unauthorized", message: "Send a valid, unrevoked API key as Authorization: Bearer <key>." },
      { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="kraya"' } },
    );
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "invalid_json", message: "The body must be JSON." }, { status: 400 });
  }
  try {
    const outcome = await onboardRegistrySellers(db, apiKey, clientIp(Object.fromEntries(request.headers.entries())), body);
    const results = await Promise.all(
      outcome.results.map(async ({ errors, ...result }) => (errors ? { ...result, errors: await inEnglish(errors) } : result)),
    );
    return Response.json({ ...outcome, results });
  } catch (error) {
    if (!(error instanceof FieldValidationError)) throw error;
    return Response.json({ error: "invalid_request", errors: await inEnglish(error.fieldErrors) }, { status: 400 });
  }
}
