import type { ReactNode } from "react";
import { PortalFrame } from "@/components/portal/portal-frame";

export default function BuyerLayout({ children }: { children: ReactNode }) {
  return (
    <PortalFrame portal="buyer" links={[{ href: "/buyer", labelKey: "portals.overview" }]}>
      {children}
    </PortalFrame>
  );
}
