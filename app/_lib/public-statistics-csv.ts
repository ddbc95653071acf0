import { bpsAsPercent } from "@/lib/money/format";
import type { PublicStatistics, Summary } from "@/lib/reporting/public-statistics";
import { csvRupees } from "./csv-response";

// The public statistics' two tables as CSV (/statistics/years.csv, /statistics/states.csv).
// Column headers stay in English in every language, so that scripts reading the files do
// not break when a visitor switches language; state names come in both scripts.

export type CsvTable = { filename: string; header: string[]; rows: string[][] };

const FIGURE_HEADER = ["Orders", "GMV (Rs)", "MSE GMV (Rs)", "MSE share (%)", "MRP value before tax (Rs)", "Savings (Rs)", "Savings (%)"];

// A share of nothing (no GMV, no MRP value) is left empty rather than written as 0.
const percentCell = (bps: number | null) => (bps === null ? "" : bpsAsPercent(bps));

function figureCells(summary: Summary): string[] {
  return [
    String(summary.orders),
    csvRupees(summary.gmvPaise),
    csvRupees(summary.mseGmvPaise),
    percentCell(summary.mseBps),
    csvRupees(summary.mrpPaise),
    csvRupees(summary.savingsPaise),
    percentCell(summary.savingsBps),
  ];
}

// "2025–26" as "2025-26": file names keep to ASCII.
const asciiLabel = (label: string) => label.replace("–", "-");

export function yearsCsv(statistics: PublicStatistics): CsvTable {
  return {
    filename: "kraya-statistics-by-year.csv",
    header: ["Financial year", ...FIGURE_HEADER],
    rows: [
      ...statistics.byYear.rows.map((row) => [asciiLabel(row.label), ...figureCells(row)]),
      ["Total", ...figureCells(statistics.byYear.total)],
    ],
  };
}

export function statesCsv(statistics: PublicStatistics): CsvTable {
  const period = statistics.chosenLabel === null ? "all-years" : asciiLabel(statistics.chosenLabel);
  return {
    filename: `kraya-statistics-by-seller-state-${period}.csv`,
    header: ["Seller's state", "Seller's state (Hindi)", ...FIGURE_HEADER],
    rows: [
      ...statistics.byState.rows.map((row) => [row.name, row.nameHi, ...figureCells(row)]),
      ["Total", "", ...figureCells(statistics.byState.total)],
    ],
  };
}
