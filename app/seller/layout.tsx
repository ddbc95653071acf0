import type { ReactNode } from "react";
import { PortalFrame, type PortalLink } from "@/components/portal/portal-frame";
import { hasRole, type Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { getDatabase } from "@/lib/db/client";
import { ActingBanner } from "./_components/acting-banner";

// Navigation by role: a seller's users manage their own profile, listings, orders and bids;
// a facilitator manages the sellers they registered. Each page checks the role again.
function linksFor(actor: Actor | null): PortalLink[] {
  const links: PortalLink[] = [{ href: "/seller", labelKey: "sellerPortal.nav.overview" }];
  if (actor?.sellerId) {
    links.push(
      { href: "/seller/profile", labelKey: "sellerPortal.nav.profile" },
      { href: "/seller/listings", labelKey: "sellerPortal.nav.listings" },
      { href: "/seller/listings/import", labelKey: "listingImport.nav" },
      { href: "/seller/orders", labelKey: "sellerOrders.nav" },
      { href: "/seller/bids", labelKey: "sellerBids.nav" },
      { href: "/seller/dashboard", labelKey: "dashboards.nav" },
    );
  }
  if (actor && hasRole(actor, "FACILITATOR")) {
    links.push({ href: "/seller/assisted", labelKey: "sellerPortal.nav.assisted" }, { href: "/seller/samvaad", labelKey: "outreach.facilitatorNav" });
  }
  return links;
}

export default async function SellerLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  const acting = actor?.actingForSellerId
    ? await getDatabase().db.seller.findUnique({ where: { id: actor.actingForSellerId }, select: { legalName: true, tradeName: true } })
    : null;
  return (
    <PortalFrame portal="seller" links={linksFor(actor)}>
      {acting ? <ActingBanner sellerName={acting.tradeName ?? acting.legalName} /> : null}
      {children}
    </PortalFrame>
  );
}
