import { publicBaseUrl } from "@/lib/env";
import { openApiDocument } from "@/lib/registry/openapi";

export function GET() {
  return Response.json(openApiDocument(publicBaseUrl()));
}
