"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

type NavLinkProps = {
  href: string;
  // Only this exact address is current (a portal's overview beside its sections).
  exact?: boolean;
  // The other links of the same menu: of those whose address starts the current one, the
  // longest is current, so /seller/listings/import marks "Upload from CSV", not "Listings".
  among?: string[];
  className?: string;
  // false for a page that reads much from the database: it loads when opened, not on every
  // page that shows the link.
  prefetch?: false;
  children: ReactNode;
};

function covers(href: string, pathname: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

// Marks the current section with aria-current ("page" on the section's own page, "true"
// below it, e.g. an order under Orders), which also drives its underline.
export function NavLink({ href, exact = false, among = [], className = "", prefetch, children }: NavLinkProps) {
  const pathname = usePathname();
  const longer = among.some((other) => other.length > href.length && covers(other, pathname));
  const current = pathname === href ? "page" : !exact && !longer && covers(href, pathname) ? "true" : undefined;
  return (
    <Link href={href} aria-current={current} className={className} prefetch={prefetch}>
      {children}
    </Link>
  );
}
