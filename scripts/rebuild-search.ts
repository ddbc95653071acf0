// `npm run search:rebuild`: rebuild the search index (ListingSearch and SearchWord) of the
// configured database from its listings, e.g. after upgrading a database that was filled
// before the index existed. Use cases keep it in step from then on.
import { connectDatabase } from "../lib/db/client";
import { readEnv } from "../lib/env";
import { targetFromEnv } from "../lib/db/adapter";
import { rebuildListingSearch } from "../lib/search/refresh-listing-search";

const started = Date.now();
const { db, close } = connectDatabase(targetFromEnv(readEnv()));
try {
  await db.$transaction((tx) => rebuildListingSearch(tx), { timeout: 3_600_000 });
  console.log(`Indexed ${await db.listingSearch.count()} visible listings and ${await db.searchWord.count()} words in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await close();
}
