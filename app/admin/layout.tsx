import type { ReactNode } from "react";
import { PortalFrame } from "@/components/portal/portal-frame";

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <PortalFrame portal="admin" links={[{ href: "/admin", labelKey: "portals.overview" }]}>
      {children}
    </PortalFrame>
  );
}
