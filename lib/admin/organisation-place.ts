import type { Place } from "./scope";

// Where a buyer organisation sits for admin scope: its state and its head office's district
// and block. A central organisation has no state, so only national admins reach it, wherever
// its office is.
export function organisationPlace(organisation: {
  stateId: number | null;
  headOffice: { districtId: number; blockId: number | null } | null;
}): Required<Place> {
  if (organisation.stateId === null) return { stateId: null, districtId: null, blockId: null };
  return { stateId: organisation.stateId, districtId: organisation.headOffice?.districtId ?? null, blockId: organisation.headOffice?.blockId ?? null };
}
