// Money is integer paise; shown in rupees with Indian digit grouping (1,49,422) and,
// for large figures, lakh and crore (domain.md: 1 lakh = 1,00,000; 1 crore = 1,00,00,000).

const PAISE_PER_RUPEE = 100n;
const LAKH = 100_000n;
const CRORE = 10_000_000n;

export type Paise = bigint | number;

function toBigInt(paise: Paise): bigint {
  return typeof paise === "bigint" ? paise : BigInt(Math.round(paise));
}

const grouping = new Intl.NumberFormat("en-IN", { maximumFractionDigits: 0 });
const groupingWithPaise = new Intl.NumberFormat("en-IN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatIndianNumber(value: bigint | number): string {
  return grouping.format(value);
}

// "Rs 1,49,422" (whole rupees) or "Rs 1,49,422.50" when paise are asked for.
export function formatRupees(paise: Paise, options: { withPaise?: boolean } = {}): string {
  const value = toBigInt(paise);
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  if (options.withPaise) {
    const rupees = abs / PAISE_PER_RUPEE;
    const rest = abs % PAISE_PER_RUPEE;
    return `${sign}Rs ${groupingWithPaise.format(Number(rupees) + Number(rest) / 100)}`;
  }
  return `${sign}Rs ${grouping.format((abs + PAISE_PER_RUPEE / 2n) / PAISE_PER_RUPEE)}`;
}

// Basis points as a percentage, without floating point: 5,155 bps is "51.55" with two
// decimals, "51.6" with one (halves rounded away from zero, on whole basis points).
export function bpsAsPercent(bps: number, decimals: 1 | 2 = 2): string {
  const sign = bps < 0 ? "-" : "";
  const abs = Math.abs(bps);
  if (decimals === 2) return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  const tenths = Math.round(abs / 10);
  return `${sign}${Math.floor(tenths / 10)}.${tenths % 10}`;
}

export type CompactAmount = { value: string; unit: "crore" | "lakh" | null };

// 42,201 crore; 46.19 lakh; below a lakh, the plain grouped rupees.
export function compactRupees(paise: Paise): CompactAmount {
  const rupees = toBigInt(paise) / PAISE_PER_RUPEE;
  const abs = rupees < 0n ? -rupees : rupees;
  const twoDecimals = new Intl.NumberFormat("en-IN", { maximumFractionDigits: 2 });
  if (abs >= CRORE) return { value: twoDecimals.format(Number((rupees * 100n) / CRORE) / 100), unit: "crore" };
  if (abs >= LAKH) return { value: twoDecimals.format(Number((rupees * 100n) / LAKH) / 100), unit: "lakh" };
  return { value: grouping.format(rupees), unit: null };
}
