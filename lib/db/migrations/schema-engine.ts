import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

// Prisma's schema engine compiled to WebAssembly, driven through a driver adapter:
// migrations work offline, with no native binary (docs/decisions/002-offline-migrations.md).
// The package imports its .wasm as an ES module, which Node cannot do without a flag,
// so the module is instantiated here by hand, as Prisma's own CLI does.

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let bindings: Promise<Bindings> | undefined;

// The engine reports a Rust panic's message through this global before it throws.
const panics = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };

async function loadBindings(): Promise<Bindings> {
  panics.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message) => console.error(`Prisma schema engine panicked: ${message}`),
  };
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = (await import(pathToFileURL(gluePath).href)) as Bindings;
  const bytes = fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

// One engine at a time per process: engines share one WebAssembly instance, and two
// running at once (say, two test projects migrating in parallel) corrupt its memory.
let queue: Promise<unknown> = Promise.resolve();

export function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string } | undefined,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const result = queue.then(async () => {
    bindings ??= loadBindings();
    const { SchemaEngine } = await bindings;
    const log = (message: string) => {
      if (process.env.KRAYA_DEBUG_MIGRATIONS) console.error(`[schema-engine] ${message}`);
    };
    const engine = await SchemaEngine.new(
      { datamodels: schema ? [[schema.path, schema.content]] : undefined },
      log,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  });
  queue = result.catch(() => undefined);
  return result;
}
