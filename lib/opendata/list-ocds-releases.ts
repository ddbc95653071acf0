import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { istDayStart } from "../i18n/ist-dates";
import { releasePackage, type ReleasePackage } from "./ocds-package";
import { RELEASE_ORDER, toOcdsRelease } from "./ocds-release";
import { encodeCursor, type ReleasesQuery } from "./ocds-schemas";

const RELEASES_PER_PAGE = 100;
export const RELEASES_PATH = "/api/ocds/releases";

// One page of the orders placed in [from, to) (IST dates), in (placedAt, id) order. Keyset
// paging, not OFFSET: a page deep into 31 lakh orders starts at its cursor on the placedAt
// index instead of counting past every earlier row, and a page stays the same while new
// orders arrive. One row more than a page says whether there is a next one.
export async function listOcdsReleases(db: Db, query: ReleasesQuery, options: { baseUrl: string; pageSize?: number }): Promise<ReleasePackage> {
  const pageSize = options.pageSize ?? RELEASES_PER_PAGE;
  const start = istDayStart(query.from);
  const { cursor } = query;
  const where: Prisma.OrderWhereInput = {
    // The cursor's time is also the scan's lower bound, so the index range begins there.
    placedAt: { gte: cursor && cursor.placedAt > start ? cursor.placedAt : start, lt: istDayStart(query.to) },
    ...(cursor && { OR: [{ placedAt: { gt: cursor.placedAt } }, { id: { gt: cursor.id } }] }),
  };
  const rows = await db.order.findMany({ where, orderBy: [{ placedAt: "asc" }, { id: "asc" }], take: pageSize + 1, select: RELEASE_ORDER });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const pageUrl = (cursorValue?: string) => {
    const params = new URLSearchParams({ from: query.from, to: query.to });
    if (cursorValue) params.set("cursor", cursorValue);
    return `${options.baseUrl}${RELEASES_PATH}?${params}`;
  };
  return releasePackage(page.map(toOcdsRelease), {
    uri: pageUrl(cursor && encodeCursor(cursor)),
    baseUrl: options.baseUrl,
    next: rows.length > pageSize && last ? pageUrl(encodeCursor(last)) : undefined,
  });
}
