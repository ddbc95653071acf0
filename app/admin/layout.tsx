import type { ReactNode } from "react";
import { PortalFrame, type PortalLink } from "@/components/portal/portal-frame";
import { getActor } from "@/lib/auth/session";

const EVERY_ADMIN: PortalLink[] = [
  { href: "/admin", labelKey: "adminPortal.nav.overview" },
  { href: "/admin/reports", labelKey: "reports.nav" },
  { href: "/admin/sellers", labelKey: "adminPortal.nav.sellers" },
  { href: "/admin/listings", labelKey: "listingReview.nav" },
  { href: "/admin/organisations", labelKey: "adminPortal.nav.organisations" },
  { href: "/admin/incidents", labelKey: "incidents.admin.nav" },
  { href: "/admin/samvaad", labelKey: "outreach.adminNav" },
  { href: "/admin/feedback", labelKey: "feedback.adminNav" },
  { href: "/admin/audit", labelKey: "adminPortal.nav.audit" },
];

const NATIONAL_ONLY: PortalLink[] = [
  { href: "/admin/admins", labelKey: "adminPortal.nav.admins" },
  { href: "/admin/api-keys", labelKey: "adminPortal.nav.apiKeys" },
];

// The navigation shows what the official may open; each page checks again for itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  const isNational = actor?.roles.includes("ADMIN") && actor.adminScope?.level === "NATIONAL";
  return (
    <PortalFrame portal="admin" links={isNational ? [...EVERY_ADMIN, ...NATIONAL_ONLY] : EVERY_ADMIN}>
      {children}
    </PortalFrame>
  );
}
