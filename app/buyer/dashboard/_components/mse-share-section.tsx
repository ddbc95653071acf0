import { getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/portal/section-heading";
import { PercentText } from "@/components/reporting/dashboard-parts";
import { StatGrid, type Stat } from "@/components/reporting/stat-grid";
import { Badge } from "@/components/ui/badge";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import type { BuyerDashboard } from "@/lib/reporting/buyer-dashboard";
import type { Share } from "@/lib/reporting/dashboard-figures";

const SHARES = ["all", "scSt", "women"] as const;
const TARGET_OF = { all: "mse", scSt: "scSt", women: "women" } as const;

// The MSE share and its two sub-shares, each against its Public Procurement Policy target.
// A year without purchases has no share, so no verdict either.
export async function MseShareSection({ mse }: { mse: BuyerDashboard["mse"] }) {
  const t = await getTranslations("dashboards");
  const stat = (key: (typeof SHARES)[number], share: Share): Stat => {
    const targetBps = mse.targets[TARGET_OF[key]];
    const met = share.bps !== null && share.bps >= targetBps;
    return {
      id: `mse-${key}`,
      label: t(`buyer.mse.${key}`),
      hint: t("target.hint", { amount: formatRupees(share.partPaise), target: formatIndianNumber(targetBps / 100) }),
      value: (
        <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <PercentText bps={share.bps} />
          {share.bps === null ? null : <Badge tone={met ? "success" : "warning"}>{t(met ? "target.met" : "target.notMet")}</Badge>}
        </span>
      ),
    };
  };
  return (
    <section aria-labelledby="buyer-mse">
      <SectionHeading id="buyer-mse" note={t("buyer.mse.note")}>
        {t("buyer.mse.title")}
      </SectionHeading>
      <StatGrid stats={SHARES.map((key) => stat(key, mse[key]))} />
    </section>
  );
}
