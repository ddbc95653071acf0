import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/portal/section-heading";
import { formatOneDecimal, MonthlyTable, PercentText } from "@/components/reporting/dashboard-parts";
import { YearForm } from "@/components/reporting/year-form";
import { CompactRupees } from "@/components/reporting/money-amount";
import { StatGrid } from "@/components/reporting/stat-grid";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import { readYearParam } from "@/lib/reporting/dashboard-figures";
import { getSellerDashboard } from "@/lib/reporting/seller-dashboard";
import { OrdersByStatusTable } from "./_components/orders-by-status-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboards.seller");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SellerDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePortal("seller", "/seller/dashboard");
  const dashboard = await getSellerDashboard(getDatabase().db, actor, { year: readYearParam(await searchParams) });
  // A facilitator has no firm of their own: their sellers' figures are on the overview.
  if (!dashboard) forbidden();
  const t = await getTranslations("dashboards");
  const { acceptance, delivery, rating, paymentsDue } = dashboard;
  const count = (value: number) => formatIndianNumber(value);
  const ofAnswerable = (part: number) => t("ofTotal", { part: count(part), total: count(acceptance.answerable) });

  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("seller.title")}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("seller.intro", { name: dashboard.sellerName })}</p>
        <p className="mt-1 text-slate-700">{t("year.period", { year: dashboard.year.label })}</p>
      </div>
      <YearForm id="dashboard-year" messages="dashboards.year" years={dashboard.years} chosen={String(dashboard.year.startYear)} />
      <section aria-labelledby="seller-orders">
        <SectionHeading id="seller-orders">{t("seller.orders.title")}</SectionHeading>
        <StatGrid
          stats={[
            { id: "orders-received", label: t("seller.orders.received"), hint: t("seller.orders.receivedHint"), value: count(dashboard.ordersReceived) },
            { id: "orders-gmv", label: t("seller.orders.gmv"), hint: t("seller.orders.gmvHint", { count: dashboard.gmv.orders }), value: <CompactRupees paise={dashboard.gmv.valuePaise} /> },
            {
              id: "orders-rating",
              label: t("seller.orders.rating"),
              hint: t("seller.orders.ratingHint", { count: rating.count }),
              value: rating.average === null ? t("noFigure") : t("seller.orders.ratingValue", { average: formatOneDecimal(rating.average) }),
            },
          ]}
        />
      </section>
      <section aria-labelledby="seller-acceptance">
        <SectionHeading id="seller-acceptance" note={t("seller.acceptance.note", { count: acceptance.answerable })}>
          {t("seller.acceptance.title")}
        </SectionHeading>
        <StatGrid
          columns={2}
          stats={[
            { id: "acceptance-accepted", label: t("seller.acceptance.accepted"), hint: ofAnswerable(acceptance.accepted), value: <PercentText bps={acceptance.acceptedBps} /> },
            { id: "acceptance-rejected", label: t("seller.acceptance.rejected"), hint: ofAnswerable(acceptance.rejected), value: <PercentText bps={acceptance.rejectedBps} /> },
            { id: "acceptance-lapsed", label: t("seller.acceptance.autoCancelled"), hint: ofAnswerable(acceptance.autoCancelled), value: <PercentText bps={acceptance.autoCancelledBps} /> },
            {
              id: "acceptance-median",
              label: t("seller.acceptance.median"),
              hint: t("seller.acceptance.medianHint"),
              value: acceptance.medianHoursToAccept === null ? t("noFigure") : t("hours", { value: formatOneDecimal(acceptance.medianHoursToAccept) }),
            },
          ]}
        />
      </section>
      <section aria-labelledby="seller-delivery">
        <SectionHeading id="seller-delivery">{t("seller.delivery.title")}</SectionHeading>
        <StatGrid
          columns={2}
          stats={[
            {
              id: "delivery-on-time",
              label: t("seller.delivery.onTime"),
              hint: t("seller.delivery.onTimeHint", { part: count(delivery.onTime), total: count(delivery.delivered) }),
              value: <PercentText bps={delivery.onTimeBps} />,
            },
          ]}
        />
      </section>
      <section aria-labelledby="seller-payments">
        <SectionHeading id="seller-payments" note={t("seller.payments.note")}>
          {t("seller.payments.title")}
        </SectionHeading>
        <StatGrid
          stats={[
            { id: "payments-count", label: t("seller.payments.count"), value: count(paymentsDue.count) },
            { id: "payments-amount", label: t("seller.payments.amount"), value: formatRupees(paymentsDue.amountPaise) },
            { id: "payments-overdue", label: t("seller.payments.overdue"), hint: t("seller.payments.overdueHint", { count: paymentsDue.overdueCount }), value: formatRupees(paymentsDue.overduePaise) },
          ]}
        />
      </section>
      <section aria-labelledby="seller-months">
        <SectionHeading id="seller-months">{t("seller.months.title")}</SectionHeading>
        <MonthlyTable months={dashboard.byMonth} caption={t("seller.months.caption", { year: dashboard.year.label })} />
      </section>
      <section aria-labelledby="seller-status">
        <SectionHeading id="seller-status">{t("seller.status.title")}</SectionHeading>
        <OrdersByStatusTable rows={dashboard.byStatus} caption={t("seller.status.caption", { year: dashboard.year.label })} />
      </section>
    </>
  );
}
