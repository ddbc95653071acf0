import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      // Domain files guard against client bundles with `import "server-only"`; tests are server code.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
};

// Integration tests run on PGlite always, and again on PostgreSQL when DATABASE_URL is set.
const databases = process.env.DATABASE_URL ? ["pglite", "postgresql"] : ["pglite"];

export default defineConfig({
  test: {
    projects: [
      { ...shared, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      ...databases.map((database) => ({
        ...shared,
        test: {
          name: `integration:${database}`,
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: database === "pglite" ? ["tests/support/global-setup.ts"] : [],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          env: { KRAYA_TEST_DATABASE: database },
        },
      })),
    ],
  },
});
