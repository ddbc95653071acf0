import "server-only";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import { RELEASES_PATH } from "./list-ocds-releases";
import { releasePackage, type ReleasePackage } from "./ocds-package";
import { RELEASE_ORDER, toOcdsRelease } from "./ocds-release";

// The release package of one order, by its number (KRY-2627-00000012). Every order is
// public contracting data, so there is no actor: an unknown number is simply not found.
export async function findOcdsRelease(db: Db, orderNumber: string, options: { baseUrl: string }): Promise<ReleasePackage> {
  const order = await db.order.findUnique({ where: { number: orderNumber }, select: RELEASE_ORDER });
  if (!order) throw new NotFoundError("Order");
  return releasePackage([toOcdsRelease(order)], {
    uri: `${options.baseUrl}${RELEASES_PATH}/${encodeURIComponent(order.number)}`,
    baseUrl: options.baseUrl,
  });
}
