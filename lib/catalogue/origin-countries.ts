// Countries of origin the seller's form offers, India first (labels: listingEditor.countries).
export const ORIGIN_COUNTRIES = ["IN", "BD", "CN", "DE", "JP", "KR", "LK", "NP", "TW", "US", "VN"] as const;
