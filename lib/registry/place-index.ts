import type { Db } from "../db/client";
import type { FieldErrors } from "../errors";

type DistrictEntry = { id: number; blocks: Map<string, number> };
export type PlaceIndex = {
  byCode: Map<string, { id: number; districts: Map<string, DistrictEntry> }>;
  stateIdByGstCode: Map<string, number>;
};

const key = (name: string) => name.trim().toLowerCase().replace(/\s+/g, " ");

// States by code (and by GST state code), districts and blocks by name (case and spacing
// ignored), loaded once per batch.
export async function loadPlaceIndex(db: Db): Promise<PlaceIndex> {
  const states = await db.state.findMany({
    select: { id: true, code: true, gstCode: true, districts: { select: { id: true, name: true, blocks: { select: { id: true, name: true } } } } },
  });
  const byCode = new Map(
    states.map((state) => [
      state.code,
      {
        id: state.id,
        districts: new Map(state.districts.map((district) => [key(district.name), { id: district.id, blocks: new Map(district.blocks.map((block) => [key(block.name), block.id])) }])),
      },
    ]),
  );
  return { byCode, stateIdByGstCode: new Map(states.map((state) => [state.gstCode, state.id])) };
}

export type ResolvedPlace = { stateId: number; districtId: number; blockId?: number };

// The ids of a registry's place names, or the field that names an unknown place.
export function resolvePlace(index: PlaceIndex, place: { stateCode: string; district: string; block?: string }): ResolvedPlace | FieldErrors {
  const state = index.byCode.get(place.stateCode);
  if (!state) return { stateCode: "registry.errors.unknownState" };
  const district = state.districts.get(key(place.district));
  if (!district) return { district: "registry.errors.unknownDistrict" };
  if (place.block === undefined) return { stateId: state.id, districtId: district.id };
  const blockId = district.blocks.get(key(place.block));
  if (blockId === undefined) return { block: "registry.errors.unknownBlock" };
  return { stateId: state.id, districtId: district.id, blockId };
}
