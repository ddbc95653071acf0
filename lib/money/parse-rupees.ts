// "1,49,422.50", "Rs 250", "250" -> paise, or null when it is not an amount of rupees with at
// most two decimals. Forms and CSV files take rupees; the database keeps integer paise.
export function rupeesToPaise(input: string): number | null {
  const cleaned = input.trim().replace(/^(rs\.?|₹)\s*/i, "").replace(/,/g, "");
  if (!/^\d{1,10}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole = "0", fraction = ""] = cleaned.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

export function paiseToRupeesInput(paise: bigint | number): string {
  const value = Number(paise);
  return value % 100 === 0 ? String(value / 100) : (value / 100).toFixed(2);
}
