import path from "node:path";
import { defineConfig } from "prisma/config";

// The native schema engine cannot be downloaded offline; `prisma generate` only needs the
// path to exist. The stub fails loudly if any command tries to run it.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "prisma", "schema-engine-stub.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
