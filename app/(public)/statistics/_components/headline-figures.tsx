import { SectionHeading } from "@/components/portal/section-heading";
import { StatGrid, type Stat } from "@/components/reporting/stat-grid";
import { Badge } from "@/components/ui/badge";
import { MSE_TARGET_BPS } from "@/lib/reporting/definitions";
import type { Headline } from "@/lib/reporting/public-statistics";
import { statisticsFormatters } from "./formatters";

const SHARES = [
  { key: "all", bps: "mseBps", part: "mseGmvPaise", target: MSE_TARGET_BPS.mse },
  { key: "scSt", bps: "scStBps", part: "scStGmvPaise", target: MSE_TARGET_BPS.scSt },
  { key: "women", bps: "womenBps", part: "womenGmvPaise", target: MSE_TARGET_BPS.women },
] as const;

const MODES = ["direct", "l1", "bid"] as const;

// The chosen period's headline: GMV, orders and savings; the MSE shares against the Public
// Procurement Policy's targets (no orders, no verdict); GMV by buying mode.
export async function HeadlineFigures({ headline, period }: { headline: Headline; period: string }) {
  const { t, count, share, rupees } = await statisticsFormatters();
  const mseStats: Stat[] = SHARES.map(({ key, bps, part, target }) => {
    const value = headline[bps];
    return {
      id: `statistics-mse-${key}`,
      label: t(`mse.${key}`),
      hint: t("mse.hint", { amount: rupees(headline[part]), target: count(target / 100) }),
      value: (
        <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
          {share(value)}
          {value === null ? null : <Badge tone={value >= target ? "success" : "warning"}>{t(value >= target ? "mse.met" : "mse.notMet")}</Badge>}
        </span>
      ),
    };
  });
  return (
    <>
      <section aria-labelledby="statistics-headline">
        <SectionHeading id="statistics-headline">{t("headline.title", { period })}</SectionHeading>
        <StatGrid
          columns={2}
          stats={[
            { id: "statistics-gmv", label: t("headline.gmv"), hint: t("headline.gmvHint"), value: rupees(headline.gmvPaise) },
            { id: "statistics-orders", label: t("headline.orders"), hint: t("headline.ordersHint"), value: count(headline.orders) },
            {
              id: "statistics-savings",
              label: t("headline.savings"),
              hint: t("headline.savingsHint", { amount: rupees(headline.savingsPaise), mrp: rupees(headline.mrpPaise) }),
              value: share(headline.savingsBps),
            },
            { id: "statistics-mse-savings", label: t("headline.mseSavings"), hint: t("headline.mseSavingsHint"), value: share(headline.mseSavingsBps) },
          ]}
        />
      </section>
      <section aria-labelledby="statistics-mse">
        <SectionHeading id="statistics-mse" note={t("mse.note")}>
          {t("mse.title")}
        </SectionHeading>
        <StatGrid stats={mseStats} />
      </section>
      <section aria-labelledby="statistics-modes">
        <SectionHeading id="statistics-modes" note={t("modes.note")}>
          {t("modes.title")}
        </SectionHeading>
        <StatGrid
          stats={MODES.map((mode) => {
            const figures = headline.modes[mode];
            return {
              id: `statistics-mode-${mode}`,
              label: t(`modes.${mode}`),
              hint: t("modes.hint", { count: Number(figures.orders), orders: count(figures.orders), share: share(figures.gmvBps) }),
              value: rupees(figures.gmvPaise),
            };
          })}
        />
      </section>
    </>
  );
}
