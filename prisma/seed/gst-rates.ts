// GST rates (basis points) for the seeded categories, from the CBIC rate schedules as they
// stood for most of the seeded period: handloom fabric and sarees 5 %, handicrafts 12 %,
// most manufactured goods 18 %, cars, air-conditioners and lead-acid batteries 28 %,
// seeds and sanitary napkins nil, goods transport and cab hire 5 %.

const RATE_BY_ROOT: Record<string, number> = {
  "computers-and-it": 1800,
  "office-supplies-and-stationery": 1800,
  furniture: 1800,
  "electrical-and-lighting": 1800,
  "medical-and-healthcare": 1200,
  "security-and-surveillance": 1800,
  vehicles: 2800,
  agriculture: 1200,
  "cleaning-and-hygiene": 1800,
  "solar-and-renewable-energy": 1200,
  "india-handloom": 500,
  "india-handicraft": 1200,
  "saras-collection": 1200,
};

const RATE_BY_LEAF: Record<string, number> = {
  "a4-copier-paper": 1200,
  "registers-and-notebooks": 1200,
  "air-conditioners": 2800,
  "face-masks": 500,
  motorcycles: 2800,
  "electric-cars": 500,
  tractors: 1200,
  seeds: 0,
  fertilisers: 500,
  "agricultural-drones": 1800,
  "batteries-for-solar-and-inverters": 2800,
  "handloom-durries": 1200,
  "saras-handloom-and-textiles": 500,
  "saras-grocery-and-pantry": 500,
  "saras-personal-care-and-hygiene": 1800,
  "hourly-cab-hiring": 500,
  "monthly-cab-hiring": 500,
  "outstation-taxi-hiring": 500,
  "bus-and-tempo-traveller-hiring": 500,
  "canteen-services": 500,
  "hostel-mess-services": 500,
  "packed-meal-supply": 500,
  "full-truck-load-transport": 500,
  "part-truck-load-transport": 500,
  "cold-chain-transport": 500,
  "offset-printing-of-books-and-booklets": 1200,
};

const SERVICE_RATE_BPS = 1800;

export function gstRateForCategory(rootSlug: string, leafSlug: string, isService: boolean): number {
  return RATE_BY_LEAF[leafSlug] ?? RATE_BY_ROOT[rootSlug] ?? (isService ? SERVICE_RATE_BPS : 1800);
}

// Product-level exemptions inside a category (notification 2/2017-CT(Rate)).
export function gstRateForProduct(categoryRate: number, productName: string): number {
  return /sanitary napkin/i.test(productName) ? 0 : categoryRate;
}
