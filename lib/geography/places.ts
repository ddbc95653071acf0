import type { Db } from "../db/client";
import { FieldValidationError } from "../errors";

export type PlaceTree = {
  id: number;
  name: string;
  nameHi: string;
  districts: { id: number; name: string; nameHi: string; blocks: { id: number; name: string }[] }[];
}[];

// Every state with its districts and blocks, for the address pickers (about 40 kB).
export async function listPlaces(db: Db): Promise<PlaceTree> {
  return db.state.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      nameHi: true,
      districts: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, nameHi: true, blocks: { orderBy: { name: "asc" }, select: { id: true, name: true } } },
      },
    },
  });
}

// The district must lie in the state and the block in the district; names the field that is wrong.
export async function assertPlaceConsistent(
  db: Pick<Db, "district" | "block">,
  place: { stateId: number; districtId: number; blockId?: number | null },
  fields = { district: "districtId", block: "blockId" },
): Promise<void> {
  const district = await db.district.findUnique({ where: { id: place.districtId }, select: { stateId: true } });
  if (!district || district.stateId !== place.stateId) throw new FieldValidationError({ [fields.district]: "forms.errors.placeMismatch" });
  if (place.blockId == null) return;
  const block = await db.block.findUnique({ where: { id: place.blockId }, select: { districtId: true } });
  if (!block || block.districtId !== place.districtId) throw new FieldValidationError({ [fields.block]: "forms.errors.placeMismatch" });
}
