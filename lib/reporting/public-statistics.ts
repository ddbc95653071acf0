import "server-only";
import { z } from "zod";
import type { Db } from "../db/client";
import { shareBps } from "./definitions";
import { financialYearOf, financialYearsBetween, startYearOf, type FinancialYear } from "./financial-year";
import { readFigureRows, sumFigures, type FigureQuery, type Figures } from "./read-figures";

// The public statistics (issue 6): national procurement figures for anyone, for one financial
// year or all of them, by year and by the seller's state (where the suppliers are). All read
// from the rollup through read-figures.ts, so they agree with every dashboard.

export type StatisticsYear = number | "all";

// `?year=2025` is FY 2025-26, `?year=all` every year; anything else is the current year.
const YearParamSchema = z.union([z.literal("all"), z.coerce.number().int().min(2000).max(2999)]);

export function readStatisticsYear(value: string | string[] | null | undefined, now: Date): StatisticsYear {
  const parsed = YearParamSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : startYearOf(financialYearOf(now));
}

// Shares are of GMV (tax included); savings are the MRP value less the price paid, before tax.
export type Summary = {
  orders: bigint;
  gmvPaise: bigint;
  mseGmvPaise: bigint;
  mseBps: number | null;
  mrpPaise: bigint;
  savingsPaise: bigint;
  savingsBps: number | null;
};

export type ModeFigures = { orders: bigint; gmvPaise: bigint; gmvBps: number | null };

export type Headline = Summary & {
  scStGmvPaise: bigint;
  scStBps: number | null;
  womenGmvPaise: bigint;
  womenBps: number | null;
  mseSavingsBps: number | null;
  modes: { direct: ModeFigures; l1: ModeFigures; bid: ModeFigures };
};

export type YearRow = Summary & { startYear: number; label: string };
export type StateRow = Summary & { stateId: number; name: string; nameHi: string };

export type PublicStatistics = {
  asOf: Date;
  // The year shown: the one asked for if it has figures, else the current one.
  chosen: StatisticsYear;
  chosenLabel: string | null;
  years: { startYear: number; label: string }[];
  headline: Headline;
  // Every year, whichever is chosen; the total is all years'.
  byYear: { rows: YearRow[]; total: Summary };
  // The chosen period; the total equals the headline.
  byState: { rows: StateRow[]; total: Summary };
};

const ZERO = sumFigures([]);

function summarize(figures: Figures): Summary {
  const savingsPaise = figures.mrpPaise - figures.pricePaise;
  return {
    orders: figures.orders,
    gmvPaise: figures.gmvPaise,
    mseGmvPaise: figures.mseGmvPaise,
    mseBps: shareBps(figures.mseGmvPaise, figures.gmvPaise),
    mrpPaise: figures.mrpPaise,
    savingsPaise,
    savingsBps: shareBps(savingsPaise, figures.mrpPaise),
  };
}

function headlineOf(figures: Figures): Headline {
  const mode = (orders: bigint, gmvPaise: bigint): ModeFigures => ({ orders, gmvPaise, gmvBps: shareBps(gmvPaise, figures.gmvPaise) });
  return {
    ...summarize(figures),
    scStGmvPaise: figures.mseScStGmvPaise,
    scStBps: shareBps(figures.mseScStGmvPaise, figures.gmvPaise),
    womenGmvPaise: figures.mseWomenGmvPaise,
    womenBps: shareBps(figures.mseWomenGmvPaise, figures.gmvPaise),
    mseSavingsBps: shareBps(figures.mseMrpPaise - figures.msePricePaise, figures.mseMrpPaise),
    modes: {
      direct: mode(figures.directOrders, figures.directGmvPaise),
      l1: mode(figures.l1Orders, figures.l1GmvPaise),
      bid: mode(figures.bidOrders, figures.bidGmvPaise),
    },
  };
}

// A rollup month key ("2026-03-01") is an IST month; its first instant names its year.
const startYearOfMonth = (month: string) => startYearOf(financialYearOf(new Date(`${month}T00:00:00+05:30`)));

export async function getPublicStatistics(db: Db, { year, now }: { year: StatisticsYear; now: Date }): Promise<PublicStatistics> {
  // The rollup's first month with a counted order (its date is the month's first day).
  const first = await db.reportCell.aggregate({ where: { cuboid: 0, orders: { gt: 0 } }, _min: { month: true } });
  const firstPlaced = first._min.month && first._min.month < now ? first._min.month : now;
  // Latest first; never empty, since the current year is always there.
  const years = financialYearsBetween(firstPlaced, now);
  const current = years[0]!;
  const chosenYear: FinancialYear | "all" = year === "all" ? "all" : (years.find((fy) => startYearOf(fy) === year) ?? current);
  const national = { area: { level: "NATIONAL" }, narrow: {} } satisfies Partial<FigureQuery>;
  const allYears = { from: years.at(-1)!.start, to: current.end };
  const period = chosenYear === "all" ? allYears : { from: chosenYear.start, to: chosenYear.end };

  const [months, stateFigures, states] = await Promise.all([
    readFigureRows(db, { ...national, ...allYears }, "month"),
    readFigureRows(db, { ...national, ...period }, "sellerState"),
    db.state.findMany({ select: { id: true, name: true, nameHi: true } }),
  ]);

  const yearFigures = years.map((fy) => ({
    fy,
    figures: sumFigures(months.filter((row) => startYearOfMonth(String(row.key)) === startYearOf(fy)).map((row) => row.figures)),
  }));
  const allFigures = sumFigures(yearFigures.map(({ figures }) => figures));
  const chosenFigures = chosenYear === "all" ? allFigures : yearFigures.find(({ fy }) => fy === chosenYear)!.figures;

  const figuresOfState = new Map(stateFigures.map((row) => [Number(row.key), row.figures]));
  const stateRows = states
    .map((state) => ({ stateId: state.id, name: state.name, nameHi: state.nameHi, ...summarize(figuresOfState.get(state.id) ?? ZERO) }))
    .sort((a, b) => (b.gmvPaise > a.gmvPaise ? 1 : b.gmvPaise < a.gmvPaise ? -1 : a.name.localeCompare(b.name)));

  return {
    asOf: now,
    chosen: chosenYear === "all" ? "all" : startYearOf(chosenYear),
    chosenLabel: chosenYear === "all" ? null : chosenYear.label,
    years: years.map((fy) => ({ startYear: startYearOf(fy), label: fy.label })),
    headline: headlineOf(chosenFigures),
    byYear: { rows: yearFigures.map(({ fy, figures }) => ({ startYear: startYearOf(fy), label: fy.label, ...summarize(figures) })), total: summarize(allFigures) },
    byState: { rows: stateRows, total: summarize(chosenFigures) },
  };
}
