import "server-only";
import type { Db } from "../db/client";
import { productPath } from "../catalogue/listing-cards";
import { followsFooter } from "./follows-footer";
import { deliverNotification } from "../notifications/deliver-notification";

// At most this many products are listed in one e-mail; the notification centre links to the rest.
const LISTED_IN_EMAIL = 50;

// The digest goes out once a day at 08:00 IST (02:30 UTC) with what was alerted before then.
export function digestCutoff(now: Date): Date {
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 2, 30));
  if (cutoff > now) cutoff.setUTCDate(cutoff.getUTCDate() - 1);
  return cutoff;
}

// For each user with alerts waiting from before the last 08:00 IST: one notification and one
// e-mail listing the products. Each user's alerts are claimed by a conditional update in the
// same transaction as the messages, so two runs at once, or a second run later, send nothing
// twice. Returns how many digests went out.
export async function sendDailyDigests(db: Db, now: Date): Promise<number> {
  const waiting = { deliveredAt: null, createdAt: { lt: digestCutoff(now) } };
  const users = await db.catalogueAlert.groupBy({ by: ["userId"], where: waiting, orderBy: { userId: "asc" } });
  let sent = 0;
  for (const { userId } of users) {
    const delivered = await db.$transaction(async (tx) => {
      const claimed = await tx.catalogueAlert.updateManyAndReturn({ where: { userId, ...waiting }, data: { deliveredAt: now }, select: { listingId: true } });
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true, locale: true, isActive: true } });
      if (claimed.length === 0 || !user.isActive) return false;
      const listings = await tx.listing.findMany({
        where: { id: { in: claimed.map((alert) => alert.listingId) } },
        orderBy: { id: "desc" },
        select: { id: true, title: true, seller: { select: { legalName: true, tradeName: true } } },
      });
      await deliverNotification(tx, user, {
        kind: "catalogue.digest",
        params: { count: claimed.length, firstTitle: listings[0]?.title ?? "" },
        link: "/notifications",
        emailLines: (t, base) => [
          ...listings.slice(0, LISTED_IN_EMAIL).map((listing) =>
            t("notifications.email.digestLine", { title: listing.title, sellerName: listing.seller.tradeName ?? listing.seller.legalName, link: `${base}${productPath(listing.id)}` }),
          ),
          followsFooter(t, base),
        ],
      }, now);
      return true;
    });
    if (delivered) sent += 1;
  }
  return sent;
}
