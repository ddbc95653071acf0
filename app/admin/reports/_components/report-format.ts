import { bpsAsPercent } from "@/lib/money/format";
import { shareBps } from "@/lib/reporting/definitions";
import type { Figures } from "@/lib/reporting/read-figures";

// Basis points as "51.55 %"; no share of nothing is a dash.
export function percentText(bps: number | null): string {
  return bps === null ? "–" : `${bpsAsPercent(bps)} %`;
}

export const mseShare = (figures: Figures) => shareBps(figures.mseGmvPaise, figures.gmvPaise);
export const savingsPaise = (figures: Figures) => figures.mrpPaise - figures.pricePaise;
export const savingsShare = (figures: Figures) => shareBps(savingsPaise(figures), figures.mrpPaise);
export const mseSavingsShare = (figures: Figures) => shareBps(figures.mseMrpPaise - figures.msePricePaise, figures.mseMrpPaise);

// Crore of rupees as a plain number, for a bar's length only (the label is exact).
export const croreOf = (paise: bigint) => Number(paise / 10_000n) / 100_000;
