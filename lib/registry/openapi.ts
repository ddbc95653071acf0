import { z } from "zod";
import { BulkSellersRequestDocument, BulkSellersResponseSchema, MAX_ROWS_PER_BATCH } from "./registry-seller-schema";

const json = (schema: z.ZodType, io: "input" | "output") => z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" });

const ErrorSchema = z.object({
  error: z.string(),
  message: z.string().optional(),
  errors: z.record(z.string(), z.object({ code: z.string(), message: z.string() })).optional(),
});

// The OpenAPI 3.1 description of Kraya's integration API, generated from the same zod
// schemas that validate the requests, so the document cannot drift from the code.
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Kraya integration API",
      version: "1.0.0",
      description:
        "For registries that onboard sellers in bulk (NRLM's self-help groups, artisan and weaver registries). Keys are issued and revoked by Kraya's national admins.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key issued by a national admin: kraya_<prefix>_<secret>" } },
      schemas: {
        BulkSellersRequest: json(BulkSellersRequestDocument, "input"),
        BulkSellersResponse: json(BulkSellersResponseSchema, "output"),
        Error: json(ErrorSchema, "output"),
      },
    },
    security: [{ apiKey: [] }],
    paths: {
      "/api/v1/sellers:bulk": {
        post: {
          operationId: "onboardSellersInBulk",
          summary: `Create or update up to ${MAX_ROWS_PER_BATCH.toLocaleString("en-IN")} sellers from a registry`,
          description:
            "Idempotent on (registry, registryId): sending a record again updates that seller, or changes nothing. Each record is validated and stored on its own: the answer lists, per record, created, updated, unchanged, or invalid with the field errors.",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/BulkSellersRequest" } } } },
          responses: {
            "200": { description: "Every record's outcome", content: { "application/json": { schema: { $ref: "#/components/schemas/BulkSellersResponse" } } } },
            "400": { description: "Not JSON, or the envelope is wrong (no registry, no records, too many)", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            "401": { description: "Missing, unknown or revoked API key", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          },
        },
      },
    },
  };
}
