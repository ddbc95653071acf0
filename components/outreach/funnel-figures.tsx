import { getTranslations } from "next-intl/server";
import { StatGrid } from "@/components/reporting/stat-grid";
import { bpsAsPercent, formatIndianNumber, formatRupees } from "@/lib/money/format";
import type { EventFunnel } from "@/lib/outreach/event-funnel";
import { shareBps } from "@/lib/reporting/definitions";

const STEPS = ["registered", "attended", "onboarded", "listed", "sold"] as const;

// The event's funnel as figures, each with its share of the step before.
export async function FunnelFigures({ funnel, idPrefix }: { funnel: EventFunnel; idPrefix: string }) {
  const t = await getTranslations("outreach.funnel");
  const stats = STEPS.map((step, index) => {
    const previous = index === 0 ? null : funnel[STEPS[index - 1]!];
    return {
      id: `${idPrefix}-${step}`,
      label: t(step),
      hint: previous ? t("ofPrevious", { percent: `${bpsAsPercent(shareBps(BigInt(funnel[step]), BigInt(previous)) ?? 0, 1)} %` }) : undefined,
      value: formatIndianNumber(funnel[step]),
    };
  });
  return <StatGrid columns={5} stats={stats} />;
}

export async function FunnelGmv({ funnel }: { funnel: EventFunnel }) {
  const t = await getTranslations("outreach.funnel");
  return (
    <p className="text-lg text-slate-800">
      <span className="font-semibold">{t("gmv")}: </span>
      {formatRupees(funnel.gmvPaise)}
    </p>
  );
}
