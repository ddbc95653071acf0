import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { IdentityCard } from "@/components/portal/identity-card";
import { localName } from "@/components/portal/local-name";
import { OrderActivity } from "@/components/portal/order-activity";
import { requirePortal } from "@/lib/auth/require";
import { countOrdersWaiting } from "@/lib/orders/orders-waiting-count";
import { WaitingCallout } from "@/components/orders/waiting-callout";
import { getBuyerOverview } from "@/lib/buyers/get-buyer-overview";
import { getDatabase } from "@/lib/db/client";
import { VerificationBanner } from "./_components/verification-banner";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portals.buyer");
  return { title: t("name") };
}

export default async function BuyerOverviewPage() {
  const actor = await requirePortal("buyer", "/buyer");
  const [t, locale, overview, waiting] = await Promise.all([getTranslations(), getLocale(), getBuyerOverview(getDatabase().db, actor), countOrdersWaiting(getDatabase().db, actor)]);
  const organisation = overview?.organisation;
  return (
    <>
      <h1 className="text-3xl font-bold text-navy-900">{t("buyer.title")}</h1>
      <WaitingCallout count={waiting} href="/buyer/orders" />
      {organisation ? (
        <VerificationBanner status={organisation.verificationStatus} reasonCode={organisation.rejectionReasonCode} note={organisation.rejectionNote} />
      ) : null}
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
          <OrderActivity
            idPrefix="buyer"
            financialYear={overview.financialYear}
            orders={overview.ordersThisYear}
            valuePaise={overview.valueThisYearPaise}
            ordersLabel={t("overview.orders")}
            counterpartyLabel={t("orders.seller")}
            recentOrders={overview.recentOrders}
            ordersPath="/buyer/orders"
          />
        </>
      ) : null}
    </>
  );
}
