import { runJobs } from "../lib/jobs/run-jobs";
import { getDatabase } from "../lib/db/client";

// `npm run jobs`: the background jobs once, for a cron on PostgreSQL deployments
// (e.g. every 15 minutes). With PGlite the running server does this itself.
const database = getDatabase();
try {
  console.info("[jobs]", await runJobs(database.db));
} finally {
  await database.close();
}
