"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

// Marks the current section with aria-current, which also drives its underline.
export function NavLink({ href, exact = false, className = "", children }: { href: string; exact?: boolean; className?: string; children: ReactNode }) {
  const pathname = usePathname();
  const isCurrent = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={isCurrent ? "page" : undefined} className={className}>
      {children}
    </Link>
  );
}
