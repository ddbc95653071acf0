import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { homePortal } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { SearchBox } from "@/components/search/search-box";
import { KrayaEmblem } from "./kraya-emblem";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

// The name is written in both scripts in every language, like a signboard: it is not translated.
const WORDMARK = { latin: "Kraya", devanagari: "क्रय" } as const;

const navLinkClass =
  "inline-flex min-h-10 items-center border-b-2 border-transparent px-1 text-base font-medium text-white hover:border-white/60 aria-[current=page]:border-saffron-400 aria-[current=true]:border-saffron-400";

export async function SiteHeader() {
  const [t, actor] = await Promise.all([getTranslations(), getActor()]);
  const portal = actor ? homePortal(actor) : null;
  return (
    <header className="on-dark bg-navy-900 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-3 rounded-sm text-white no-underline">
          <KrayaEmblem className="size-11 shrink-0" />
          <span className="flex flex-col leading-tight">
            <span className="flex items-baseline gap-2">
              <span lang="en" className="text-2xl font-bold tracking-tight">
                {WORDMARK.latin}
              </span>
              <span lang="hi" className="text-xl font-semibold text-navy-100">
                {WORDMARK.devanagari}
              </span>
            </span>
            <span className="text-xs text-navy-100 sm:text-sm">{t("site.tagline")}</span>
          </span>
        </Link>
        <nav aria-label={t("header.mainNav")} className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            <li>
              <NavLink href="/" exact className={navLinkClass}>
                {t("header.home")}
              </NavLink>
            </li>
            <li>
              <NavLink href="/market" className={navLinkClass}>
                {t("market.nav")}
              </NavLink>
            </li>
            <li>
              <NavLink href="/bids" className={navLinkClass} prefetch={false}>
                {t("publicBids.nav")}
              </NavLink>
            </li>
            <li>
              <NavLink href="/statistics" className={navLinkClass} prefetch={false}>
                {t("statistics.nav")}
              </NavLink>
            </li>
            <li>
              <NavLink href="/help" className={navLinkClass} prefetch={false}>
                {t("help.nav")}
              </NavLink>
            </li>
            {portal ? (
              <li>
                <NavLink href={`/${portal}`} className={navLinkClass}>
                  {t(`portals.${portal}.name`)}
                </NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="order-last w-full lg:order-none lg:w-auto lg:min-w-72 lg:flex-1">
          <SearchBox compact id="header-search-q" />
        </div>
        <div className="ml-auto flex flex-wrap items-center justify-end gap-3">
          <LanguageSwitcher />
          {actor ? (
            <div className="flex items-center gap-3">
              <span className="hidden text-sm text-navy-100 md:inline">
                {t.rich("header.signedInAs", { name: actor.name, strong: (chunks) => <span className="font-semibold text-white">{chunks}</span> })}
              </span>
              <NotificationBell actor={actor} />
              <SignOutButton />
            </div>
          ) : (
            <Link
              href="/sign-in"
              className="inline-flex min-h-10 items-center rounded-md bg-white px-4 text-sm font-semibold text-navy-900 no-underline hover:bg-navy-100"
            >
              {t("header.signIn")}
            </Link>
          )}
        </div>
      </div>
      <div className="h-1 bg-saffron-400" aria-hidden="true" />
    </header>
  );
}
