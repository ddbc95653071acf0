import type { ReactNode } from "react";
import { PortalFrame, type PortalLink } from "@/components/portal/portal-frame";
import { hasRole } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";

// Navigation by role: everyone sees the overview, the organisation's orders and dashboard and what they follow; a buyer their cart and bids; the head of
// office also manages the organisation's users and reads its activity. Pages check the role themselves.
export default async function BuyerLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  const links: PortalLink[] = [{ href: "/buyer", labelKey: "portals.overview" }];
  if (actor && hasRole(actor, "BUYER")) links.push({ href: "/buyer/cart", labelKey: "cart.nav" }, { href: "/buyer/bids", labelKey: "buyerBids.nav" });
  if (actor?.organisationId) links.push({ href: "/buyer/orders", labelKey: "buyerOrders.nav" }, { href: "/buyer/dashboard", labelKey: "dashboards.nav" });
  links.push({ href: "/buyer/follows", labelKey: "follows.nav" });
  if (actor && hasRole(actor, "PRIMARY_BUYER")) {
    links.push({ href: "/buyer/users", labelKey: "buyerPortal.nav.users" }, { href: "/buyer/activity", labelKey: "buyerPortal.nav.activity" });
  }
  return (
    <PortalFrame portal="buyer" links={links}>
      {children}
    </PortalFrame>
  );
}
