import { getDatabase } from "@/lib/db/client";
import { checkHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(getDatabase());
  return Response.json(health, { status: health.status === "ok" ? 200 : 503 });
}
