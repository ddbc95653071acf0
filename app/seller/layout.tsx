import type { ReactNode } from "react";
import { PortalFrame } from "@/components/portal/portal-frame";

export default function SellerLayout({ children }: { children: ReactNode }) {
  return (
    <PortalFrame portal="seller" links={[{ href: "/seller", labelKey: "portals.overview" }]}>
      {children}
    </PortalFrame>
  );
}
