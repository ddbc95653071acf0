import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import type { AdminScope } from "@/lib/db/generated/enums";
import type { InclusionDashboard } from "@/lib/reporting/inclusion-dashboard";
import { mayOpenLevel } from "@/lib/reporting/inclusion-scope";
import { nameIn } from "./inclusion-names";
import { addressOf, inclusionHref } from "./inclusion-params";

type Crumb = { level: AdminScope; name: string; href: string };

// India > state > district > block, down to the place shown. Places above the admin's own
// area are named but not linked: their dashboards would be refused.
export async function PlaceTrail({ dashboard, actor }: { dashboard: InclusionDashboard; actor: Actor }) {
  const [t, locale] = await Promise.all([getTranslations("inclusion"), getLocale()]);
  const { place } = dashboard;
  const { group, year } = addressOf(dashboard);
  const crumbs: Crumb[] = [{ level: "NATIONAL", name: t("india"), href: inclusionHref({ group, year }) }];
  if (place.state) crumbs.push({ level: "STATE", name: nameIn(locale, place.state), href: inclusionHref({ group, year, state: place.state.id }) });
  if (place.state && place.district) {
    crumbs.push({ level: "DISTRICT", name: nameIn(locale, place.district), href: inclusionHref({ group, year, state: place.state.id, district: place.district.id }) });
  }
  if (place.state && place.district && place.block) {
    crumbs.push({ level: "BLOCK", name: place.block.name, href: inclusionHref({ group, year, state: place.state.id, district: place.district.id, block: place.block.id }) });
  }
  return (
    <nav aria-label={t("trail")}>
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-lg">
        {crumbs.map((crumb, index) => {
          const isCurrent = index === crumbs.length - 1;
          return (
            <li key={crumb.level} className="flex items-center gap-2">
              {index > 0 ? <span aria-hidden="true">›</span> : null}
              {isCurrent ? (
                <span aria-current="page" className="font-semibold text-slate-900">
                  {crumb.name}
                </span>
              ) : mayOpenLevel(actor, crumb.level) ? (
                <Link href={crumb.href} className="text-navy-800 underline hover:no-underline">
                  {crumb.name}
                </Link>
              ) : (
                <span className="text-slate-800">{crumb.name}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
