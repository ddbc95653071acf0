import { IST_OFFSET_MS } from "../i18n/ist-dates";

// India's financial year runs from 1 April to 31 March. Boundaries are taken in IST
// (UTC+05:30), so an order placed at 00:30 IST on 1 April belongs to the new year.
export type FinancialYear = { label: string; start: Date; end: Date };

// "2627" for 2026-27: the financial year in contract numbers, as the seeded orders have it.
export function financialYearCode(instant: Date): string {
  const startYear = financialYearOf(instant).start.getTime() + IST_OFFSET_MS;
  const year = new Date(startYear).getUTCFullYear();
  return `${String(year % 100).padStart(2, "0")}${String((year + 1) % 100).padStart(2, "0")}`;
}

export function financialYearOf(instant: Date): FinancialYear {
  const ist = new Date(instant.getTime() + IST_OFFSET_MS);
  const startYear = ist.getUTCMonth() >= 3 ? ist.getUTCFullYear() : ist.getUTCFullYear() - 1;
  return {
    label: `${startYear}–${String((startYear + 1) % 100).padStart(2, "0")}`,
    start: new Date(Date.UTC(startYear, 3, 1) - IST_OFFSET_MS),
    end: new Date(Date.UTC(startYear + 1, 3, 1) - IST_OFFSET_MS),
  };
}

// FY 2025-26 from its first calendar year, 2025.
export function financialYearStarting(startYear: number): FinancialYear {
  return financialYearOf(new Date(Date.UTC(startYear, 3, 1, 12)));
}

export function startYearOf(year: FinancialYear): number {
  return new Date(year.start.getTime() + IST_OFFSET_MS).getUTCFullYear();
}

// Every financial year from the one holding `first` to the one holding `last`, latest first.
export function financialYearsBetween(first: Date, last: Date): FinancialYear[] {
  const years: FinancialYear[] = [];
  for (let year = startYearOf(financialYearOf(last)); year >= startYearOf(financialYearOf(first)); year--) years.push(financialYearStarting(year));
  return years;
}
