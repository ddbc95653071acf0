import { shareBps } from "./definitions";
import type { Figures } from "./read-figures";

export type CsvTable = { header: string[]; rows: (string | number)[][] };
export type CsvColumns = { name: string; gmv: string; orders: string; mseGmv: string; mseShare: string; mrp: string; price: string; savings: string; savingsShare: string; total: string };

// Paise as rupees with exactly two decimals, without rounding through floating point.
export function csvRupees(paise: bigint): string {
  const sign = paise < 0n ? "-" : "";
  const abs = paise < 0n ? -paise : paise;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

const percent = (bps: number | null) => (bps === null ? "" : (bps / 100).toFixed(2));

function cells(figures: Figures): (string | number)[] {
  const savings = figures.mrpPaise - figures.pricePaise;
  return [
    csvRupees(figures.gmvPaise), Number(figures.orders), csvRupees(figures.mseGmvPaise), percent(shareBps(figures.mseGmvPaise, figures.gmvPaise)),
    csvRupees(figures.mrpPaise), csvRupees(figures.pricePaise), csvRupees(savings), percent(shareBps(savings, figures.mrpPaise)),
  ];
}

// A breakdown as a spreadsheet: one row per line of the screen's table and a total row with
// the screen's headline figures. Amounts in rupees with two decimals, shares in per cent.
// GMV, MRP, price and savings add up to the total; orders do too, except by category, where
// an order with lines in two categories counts in each (docs/reporting.md).
export function figuresCsv(columns: CsvColumns, rows: { label: string; figures: Figures }[], totals: Figures): CsvTable {
  return {
    header: [columns.name, columns.gmv, columns.orders, columns.mseGmv, columns.mseShare, columns.mrp, columns.price, columns.savings, columns.savingsShare],
    rows: [...rows.map((row) => [row.label, ...cells(row.figures)]), [columns.total, ...cells(totals)]],
  };
}
