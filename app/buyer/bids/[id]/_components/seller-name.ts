// A seller as buyers know it: its trade name, else its legal name.
export const sellerName = (seller: { legalName: string; tradeName: string | null }) => seller.tradeName ?? seller.legalName;
