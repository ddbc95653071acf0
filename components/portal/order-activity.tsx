import { getTranslations } from "next-intl/server";
import { CompactRupees } from "@/components/reporting/money-amount";
import { StatGrid } from "@/components/reporting/stat-grid";
import { formatIndianNumber } from "@/lib/money/format";
import type { RecentOrder } from "@/lib/orders/order-summaries";
import { RecentOrdersTable } from "./recent-orders-table";
import { SectionHeading } from "./section-heading";

type OrderActivityProps = {
  idPrefix: string;
  financialYear: string;
  orders: number;
  valuePaise: bigint;
  ordersLabel: string;
  counterpartyLabel: string;
  recentOrders: RecentOrder[];
  // Where each order's page is: /buyer/orders or /seller/orders.
  ordersPath: string;
};

// A portal's order activity: this financial year's count and value, then the latest orders.
export async function OrderActivity({ idPrefix, financialYear, orders, valuePaise, ordersLabel, counterpartyLabel, recentOrders, ordersPath }: OrderActivityProps) {
  const t = await getTranslations("overview");
  return (
    <>
      <section aria-labelledby={`${idPrefix}-year`}>
        <SectionHeading id={`${idPrefix}-year`} note={t("gmvNote")}>
          {t("financialYear", { year: financialYear })}
        </SectionHeading>
        <StatGrid
          columns={2}
          stats={[
            { id: `${idPrefix}-orders`, label: ordersLabel, value: formatIndianNumber(orders) },
            { id: `${idPrefix}-value`, label: t("value"), value: <CompactRupees paise={valuePaise} /> },
          ]}
        />
      </section>
      <section aria-labelledby={`${idPrefix}-recent`}>
        <SectionHeading id={`${idPrefix}-recent`}>{t("recentOrders")}</SectionHeading>
        <RecentOrdersTable orders={recentOrders} counterpartyLabel={counterpartyLabel} caption={t("recentOrders")} ordersPath={ordersPath} />
      </section>
    </>
  );
}
