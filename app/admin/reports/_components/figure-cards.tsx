import { getTranslations } from "next-intl/server";
import { CompactRupees } from "@/components/reporting/money-amount";
import { StatGrid } from "@/components/reporting/stat-grid";
import { formatIndianNumber } from "@/lib/money/format";
import { MSE_TARGET_BPS, shareBps } from "@/lib/reporting/definitions";
import type { RegisteredCounts } from "@/lib/reporting/count-registered";
import type { Figures } from "@/lib/reporting/read-figures";
import { mseSavingsShare, mseShare, percentText, savingsPaise, savingsShare } from "./report-format";

// The headline figures of the view: GMV, orders, participants, MSE shares against the
// policy's targets and savings against MRP.
export async function FigureCards({ totals, registered }: { totals: Figures; registered: RegisteredCounts }) {
  const t = await getTranslations("reports.figures");
  const target = (bps: number) => t("target", { value: percentText(bps) });
  return (
    <section aria-label={t("label")} className="mb-8">
      <StatGrid
        stats={[
          { id: "figure-gmv", label: t("gmv"), value: <CompactRupees paise={totals.gmvPaise} /> },
          { id: "figure-orders", label: t("orders"), value: formatIndianNumber(totals.orders) },
          { id: "figure-sellers", label: t("sellers"), hint: t("registeredHint"), value: formatIndianNumber(registered.sellers) },
          { id: "figure-buyers", label: t("buyers"), hint: t("registeredHint"), value: formatIndianNumber(registered.buyerOrganisations) },
          { id: "figure-mse", label: t("mseShare"), hint: target(MSE_TARGET_BPS.mse), value: percentText(mseShare(totals)) },
          { id: "figure-mse-scst", label: t("scStShare"), hint: target(MSE_TARGET_BPS.scSt), value: percentText(shareBps(totals.mseScStGmvPaise, totals.gmvPaise)) },
          { id: "figure-mse-women", label: t("womenShare"), hint: target(MSE_TARGET_BPS.women), value: percentText(shareBps(totals.mseWomenGmvPaise, totals.gmvPaise)) },
          { id: "figure-savings", label: t("savings"), hint: t("savingsHint", { share: percentText(savingsShare(totals)) }), value: <CompactRupees paise={savingsPaise(totals)} /> },
          { id: "figure-mse-savings", label: t("mseSavings"), hint: t("mseSavingsHint"), value: percentText(mseSavingsShare(totals)) },
        ]}
      />
    </section>
  );
}
