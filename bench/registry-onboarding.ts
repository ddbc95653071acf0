// `npm run bench:registry`: how long POST /api/v1/sellers:bulk's use case takes for 1,000
// new SHGs, and for the same 1,000 sent again, on a scratch database of each kind: an
// in-memory PGlite, and a throw-away schema on DATABASE_URL when it is set.
import { loadActor } from "../lib/auth/actor";
import { authenticateApiKey, issueApiKey } from "../lib/api-keys/api-keys";
import { onboardRegistrySellers } from "../lib/registry/onboard-registry-sellers";
import { shgRow } from "../tests/factories/registry-rows";
import { onScratchDatabases } from "./scratch-databases";

await onScratchDatabases(async (db, kind) => {
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@kraya.demo" } });
  const issued = await issueApiKey(db, { actor: await loadActor(db, admin.id), ip: null }, { name: "Benchmark" });
  const apiKey = await authenticateApiKey(db, `Bearer ${issued.key}`);
  if (!apiKey) throw new Error("The benchmark key was refused");
  const block = await db.block.findFirstOrThrow({ where: { district: { state: { code: "MP" } } }, include: { district: { include: { state: true } } } });
  const place = { stateCode: "MP", gstCode: block.district.state.gstCode, district: block.district.name, block: block.name };
  const sellers = Array.from({ length: 1000 }, (_, serial) => shgRow(serial, place, "B"));
  for (const label of ["1,000 new SHGs", "the same 1,000 again"]) {
    const started = performance.now();
    const outcome = await onboardRegistrySellers(db, apiKey, null, { registry: "NRLM", sellers });
    console.log(`${kind.padEnd(10)} ${label.padEnd(22)} ${(performance.now() - started).toFixed(0).padStart(6)} ms   ${JSON.stringify(outcome.counts)}`);
  }
});
