// `npm run bench:import`: how long the CSV import use case takes for 200 and 1,000 rows
// (parse, validate, one transaction of bulk inserts), on a scratch database of each kind:
// an in-memory PGlite, and a throw-away schema on DATABASE_URL when it is set.
import { randomBytes } from "node:crypto";
import { loadActor } from "../lib/auth/actor";
import { importListings } from "../lib/catalogue/import/import-listings";
import { desktopRow, listingCsv, sareeRow } from "../tests/factories/listing-csv";
import { onScratchDatabases } from "./scratch-databases";

await onScratchDatabases(async (db, kind) => {
  const seller = await db.user.findUniqueOrThrow({ where: { email: "mse.seller@kraya.demo" } });
  const ctx = { actor: await loadActor(db, seller.id), ip: null };
  for (const count of [200, 1000]) {
    // Half computers delivered to two states, half sarees delivered everywhere (36 areas each).
    const bytes = listingCsv(Array.from({ length: count }, (_, serial) => (serial % 2 === 0 ? desktopRow(serial) : sareeRow(serial))));
    const started = performance.now();
    const result = await importListings(db, ctx, { uploadToken: randomBytes(18).toString("base64url"), fileName: `${count}.csv`, bytes });
    const ms = performance.now() - started;
    console.log(`${kind.padEnd(10)} ${String(count).padStart(5)} rows ${(bytes.byteLength / 1024).toFixed(0).padStart(5)} KB ${ms.toFixed(0).padStart(6)} ms   imported ${result.importedCount}, errors ${result.errorCount}`);
  }
});
