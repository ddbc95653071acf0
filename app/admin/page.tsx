import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { IdentityCard } from "@/components/portal/identity-card";
import { localName } from "@/components/portal/local-name";
import { SectionHeading } from "@/components/portal/section-heading";
import { HeadlineCounterGrid } from "@/components/reporting/headline-counter-grid";
import { getAdminOverview, type AdminScopeLabel } from "@/lib/admin/get-admin-overview";
import { requirePortal } from "@/lib/auth/require";
import { PendingListingsNotice } from "./_components/pending-listings-notice";
import { getDatabase } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portals.admin");
  return { title: t("name") };
}

export default async function AdminOverviewPage() {
  const actor = await requirePortal("admin", "/admin");
  const [t, locale, overview] = await Promise.all([getTranslations(), getLocale(), getAdminOverview(getDatabase().db, actor)]);

  // "Madhya Pradesh", or "Bhopal, Madhya Pradesh" for a district: the narrowest place first.
  function areaName(scope: AdminScopeLabel): string {
    if (scope.level === "NATIONAL") return t("admin.india");
    const parts = [scope.block?.name, scope.district && localName(locale, scope.district), scope.state && localName(locale, scope.state)];
    return parts.filter(Boolean).join(", ");
  }

  return (
    <>
      <h1 className="text-3xl font-bold text-navy-900">{t("admin.title")}</h1>
      <IdentityCard
        actor={actor}
        details={[
          {
            label: t("identity.adminScope"),
            value: overview ? `${t(`adminScope.${overview.scope.level}`)}: ${areaName(overview.scope)}` : t("identity.noScope"),
          },
        ]}
      />
      <PendingListingsNotice actor={actor} />
      {overview ? (
        <section aria-labelledby="admin-figures">
          <SectionHeading id="admin-figures" note={overview.scope.level === "NATIONAL" ? t("admin.nationalNote") : t("admin.areaNote")}>
            {t("admin.figures", { area: areaName(overview.scope) })}
          </SectionHeading>
          <HeadlineCounterGrid counters={overview.counters} idPrefix="admin-counter" />
        </section>
      ) : null}
    </>
  );
}
