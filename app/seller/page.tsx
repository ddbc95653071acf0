import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { IdentityCard, type IdentityDetail } from "@/components/portal/identity-card";
import { localName } from "@/components/portal/local-name";
import { OrderActivity } from "@/components/portal/order-activity";
import { SectionHeading } from "@/components/portal/section-heading";
import { StatGrid } from "@/components/reporting/stat-grid";
import { Badge } from "@/components/ui/badge";
import { requirePortal } from "@/lib/auth/require";
import { countOrdersWaiting } from "@/lib/orders/orders-waiting-count";
import { WaitingCallout } from "@/components/orders/waiting-callout";
import { getDatabase } from "@/lib/db/client";
import { formatIndianNumber } from "@/lib/money/format";
import { getListingEligibility } from "@/lib/sellers/get-listing-eligibility";
import { getSellerOverview, LISTING_STATUSES, type SellerOverviewSubject } from "@/lib/sellers/overview-for-seller";
import { EligibilityBanner } from "./_components/eligibility-banner";
import { VerificationBadge } from "./_components/verification-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portals.seller");
  return { title: t("name") };
}

export default async function SellerOverviewPage() {
  const actor = await requirePortal("seller", "/seller");
  const { db } = getDatabase();
  const [t, locale, overview, eligibility, waiting] = await Promise.all([getTranslations(), getLocale(), getSellerOverview(db, actor), getListingEligibility(db, actor), countOrdersWaiting(db, actor)]);

  function subjectDetails(subject: SellerOverviewSubject): IdentityDetail[] {
    if (subject.kind === "facilitator") {
      return [{ label: t("identity.assistedSellers"), value: formatIndianNumber(subject.assistedSellers) }];
    }
    return [
      { label: t("identity.seller"), value: subject.name },
      {
        label: t("identity.enterprise"),
        value: (
          <span className="flex flex-wrap gap-2 font-normal">
            <VerificationBadge status={subject.verificationStatus} />
            {subject.mseClass ? <Badge tone="info">{t(`mseClass.${subject.mseClass}`)}</Badge> : null}
            {subject.tags.map((tag) => (
              <Badge key={tag}>{t(`sellerTag.${tag}`)}</Badge>
            ))}
          </span>
        ),
      },
      { label: t("identity.state"), value: localName(locale, { name: subject.stateName, nameHi: subject.stateNameHi }) },
    ];
  }

  return (
    <>
      <h1 className="text-3xl font-bold text-navy-900">{t("seller.title")}</h1>
      <WaitingCallout count={waiting} href="/seller/orders" />
      {eligibility ? <EligibilityBanner reasons={eligibility.reasons} profileCompleteness={eligibility.profileCompleteness} /> : null}
      <IdentityCard actor={actor} details={overview ? subjectDetails(overview.subject) : []} />
      {overview ? (
        <>
          <section aria-labelledby="seller-listings">
            <SectionHeading id="seller-listings" note={overview.subject.kind === "facilitator" ? t("seller.assistedNote") : undefined}>
              {t("seller.listings")}
            </SectionHeading>
            <StatGrid
              columns={5}
              stats={LISTING_STATUSES.map((status) => ({
                id: `listings-${status}`,
                label: t(`listingStatus.${status}`),
                value: formatIndianNumber(overview.listingsByStatus[status]),
              }))}
            />
          </section>
          <OrderActivity
            idPrefix="seller"
            financialYear={overview.financialYear}
            orders={overview.ordersThisYear}
            valuePaise={overview.valueThisYearPaise}
            ordersLabel={t("overview.ordersReceived")}
            counterpartyLabel={t("orders.buyer")}
            recentOrders={overview.recentOrders}
            ordersPath="/seller/orders"
          />
        </>
      ) : null}
    </>
  );
}
