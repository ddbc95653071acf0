import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { IdentityCard } from "@/components/portal/identity-card";
import { localName } from "@/components/portal/local-name";
import { RecentOrdersTable } from "@/components/portal/recent-orders-table";
import { SectionHeading } from "@/components/portal/section-heading";
import { CompactRupees } from "@/components/reporting/money-amount";
import { StatGrid } from "@/components/reporting/stat-grid";
import { requirePortal } from "@/lib/auth/require";
import { getBuyerOverview } from "@/lib/buyers/get-buyer-overview";
import { getDatabase } from "@/lib/db/client";
import { formatIndianNumber } from "@/lib/money/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portals.buyer");
  return { title: t("name") };
}

export default async function BuyerOverviewPage() {
  const actor = await requirePortal("buyer", "/buyer");
  const [t, locale, overview] = await Promise.all([getTranslations(), getLocale(), getBuyerOverview(getDatabase().db, actor)]);
  const organisation = overview?.organisation;
  return (
    <>
      <h1 className="text-3xl font-bold text-navy-900">{t("buyer.title")}</h1>
      <IdentityCard
        actor={actor}
        details={
          organisation
            ? [
                { label: t("identity.organisation"), value: organisation.name },
                { label: t("identity.organisationType"), value: t(`organisationType.${organisation.type}`) },
                {
                  label: t("identity.jurisdiction"),
                  value: organisation.stateName && organisation.stateNameHi
                    ? localName(locale, { name: organisation.stateName, nameHi: organisation.stateNameHi })
                    : t("identity.central"),
                },
              ]
            : [{ label: t("identity.organisation"), value: t("identity.noOrganisation") }]
        }
      />
      {overview ? (
        <>
          <section aria-labelledby="buyer-year">
            <SectionHeading id="buyer-year" note={t("overview.gmvNote")}>
              {t("overview.financialYear", { year: overview.financialYear })}
            </SectionHeading>
            <StatGrid
              columns={2}
              stats={[
                { id: "buyer-orders", label: t("overview.orders"), value: formatIndianNumber(overview.ordersThisYear) },
                { id: "buyer-value", label: t("overview.value"), value: <CompactRupees paise={overview.valueThisYearPaise} /> },
              ]}
            />
          </section>
          <section aria-labelledby="buyer-recent">
            <SectionHeading id="buyer-recent">{t("overview.recentOrders")}</SectionHeading>
            <RecentOrdersTable orders={overview.recentOrders} counterpartyLabel={t("orders.seller")} caption={t("overview.recentOrders")} />
          </section>
        </>
      ) : null}
    </>
  );
}
