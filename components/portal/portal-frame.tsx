import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { NavLink } from "@/components/layout/nav-link";
import type { Portal } from "@/lib/auth/actor";

// labelKey is a full message key, e.g. "portals.overview".
export type PortalLink = { href: string; labelKey: string };

// The band under the site header that says which portal this is, with its own sub-navigation.
export async function PortalFrame({ portal, links, children }: { portal: Portal; links: PortalLink[]; children: ReactNode }) {
  const t = await getTranslations();
  return (
    <>
      <div className="border-b border-navy-100 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 pt-4 sm:px-6">
          <p className="text-sm font-semibold uppercase tracking-wide text-green-700">{t(`portals.${portal}.name`)}</p>
          <nav aria-label={t(`portals.${portal}.nav`)} className="w-full">
            <ul className="flex flex-wrap gap-x-6">
              {links.map((link) => (
                <li key={link.href}>
                  <NavLink
                    href={link.href}
                    exact={link.href === `/${portal}`}
                    among={links.map((other) => other.href)}
                    className="inline-flex min-h-11 items-center border-b-4 border-transparent font-semibold text-navy-800 hover:border-navy-200 aria-[current=page]:border-navy-800 aria-[current=true]:border-navy-800"
                  >
                    {t(link.labelKey)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
      <div className="mx-auto max-w-6xl space-y-10 px-4 py-8 sm:px-6">{children}</div>
    </>
  );
}
