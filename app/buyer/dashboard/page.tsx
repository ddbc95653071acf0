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
import { bpsAsPercent, formatIndianNumber, formatRupees } from "@/lib/money/format";
import { getBuyerDashboard, type Savings } from "@/lib/reporting/buyer-dashboard";
import { readYearParam } from "@/lib/reporting/dashboard-figures";
import { MseShareSection } from "./_components/mse-share-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboards.buyer");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function BuyerDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePortal("buyer", "/buyer/dashboard");
  const dashboard = await getBuyerDashboard(getDatabase().db, actor, { year: readYearParam(await searchParams) });
  // Only users of a buyer organisation have one to show.
  if (!dashboard) forbidden();
  const t = await getTranslations("dashboards");
  const { pendingPayments, timeliness } = dashboard;
  const count = (value: number) => formatIndianNumber(value);
  const savingsStat = (id: string, label: string, savings: Savings) => ({
    id,
    label,
    hint: t("buyer.savings.hint", {
      percent: savings.bps === null ? t("noFigure") : t("percent", { value: bpsAsPercent(savings.bps, 1) }),
      mrp: formatRupees(savings.mrpPaise),
    }),
    value: <CompactRupees paise={savings.savingsPaise} />,
  });

  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("buyer.title")}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("buyer.intro", { name: dashboard.organisationName })}</p>
        <p className="mt-1 text-slate-700">{t("year.period", { year: dashboard.year.label })}</p>
      </div>
      <YearForm id="dashboard-year" messages="dashboards.year" years={dashboard.years} chosen={String(dashboard.year.startYear)} />
      <section aria-labelledby="buyer-spend">
        <SectionHeading id="buyer-spend">{t("buyer.spend.title")}</SectionHeading>
        <StatGrid
          columns={2}
          stats={[
            { id: "spend-orders", label: t("buyer.spend.orders"), hint: t("buyer.spend.ordersHint"), value: count(dashboard.ordersPlaced) },
            { id: "spend-gmv", label: t("buyer.spend.gmv"), hint: t("buyer.spend.gmvHint", { count: dashboard.gmv.orders }), value: <CompactRupees paise={dashboard.gmv.valuePaise} /> },
          ]}
        />
      </section>
      <MseShareSection mse={dashboard.mse} />
      <section aria-labelledby="buyer-savings">
        <SectionHeading id="buyer-savings" note={t("buyer.savings.note")}>
          {t("buyer.savings.title")}
        </SectionHeading>
        <StatGrid
          columns={2}
          stats={[savingsStat("savings-all", t("buyer.savings.all"), dashboard.savings.all), savingsStat("savings-mse", t("buyer.savings.mse"), dashboard.savings.mse)]}
        />
      </section>
      <section aria-labelledby="buyer-payments">
        <SectionHeading id="buyer-payments" note={t("buyer.payments.note")}>
          {t("buyer.payments.title")}
        </SectionHeading>
        <StatGrid
          stats={[
            { id: "pending-count", label: t("buyer.payments.count"), value: count(pendingPayments.count) },
            { id: "pending-amount", label: t("buyer.payments.amount"), value: formatRupees(pendingPayments.amountPaise) },
            { id: "pending-overdue", label: t("buyer.payments.overdue"), hint: t("buyer.payments.overdueHint", { count: pendingPayments.overdueCount }), value: formatRupees(pendingPayments.overduePaise) },
          ]}
        />
      </section>
      <section aria-labelledby="buyer-timeliness">
        <SectionHeading id="buyer-timeliness" note={t("buyer.timeliness.note")}>
          {t("buyer.timeliness.title")}
        </SectionHeading>
        <StatGrid
          columns={2}
          stats={[
            {
              id: "timeliness-timely",
              label: t("buyer.timeliness.timely", { days: timeliness.withinDays }),
              hint: t("buyer.timeliness.timelyHint", { part: count(timeliness.timely), total: count(timeliness.paidInvoices) }),
              value: <PercentText bps={timeliness.timelyBps} />,
            },
            {
              id: "timeliness-median",
              label: t("buyer.timeliness.median"),
              hint: t("buyer.timeliness.medianHint"),
              value: timeliness.medianDays === null ? t("noFigure") : t("days", { value: formatOneDecimal(timeliness.medianDays) }),
            },
          ]}
        />
      </section>
      <section aria-labelledby="buyer-months">
        <SectionHeading id="buyer-months">{t("buyer.months.title")}</SectionHeading>
        <MonthlyTable months={dashboard.byMonth} caption={t("buyer.months.caption", { year: dashboard.year.label })} />
      </section>
    </>
  );
}
