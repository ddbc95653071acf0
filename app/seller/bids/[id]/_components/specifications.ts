// An item's specifications as the buyer wrote them (name and required value), in the order
// submit-offer.ts reads them for the compliance answers.
export function specificationsOf(specifications: unknown): [string, string][] {
  if (specifications === null || typeof specifications !== "object" || Array.isArray(specifications)) return [];
  return Object.entries(specifications).map(([name, value]) => [name, String(value)]);
}
