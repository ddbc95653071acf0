import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Area } from "./read-figures";

export type RegisteredCounts = { sellers: number; buyerOrganisations: number };

// Verified sellers located in the area, and verified buyer organisations there (by office
// for a district or a block; central organisations only in the nation's count).
export async function countRegistered(db: Db, area: Area): Promise<RegisteredCounts> {
  const place: { seller: Prisma.SellerWhereInput; organisation: Prisma.BuyerOrganisationWhereInput } =
    area.level === "STATE" ? { seller: { stateId: area.stateId }, organisation: { stateId: area.stateId } }
    : area.level === "DISTRICT" ? { seller: { districtId: area.districtId }, organisation: { offices: { some: { districtId: area.districtId } } } }
    : area.level === "BLOCK" ? { seller: { blockId: area.blockId }, organisation: { offices: { some: { blockId: area.blockId } } } }
    : { seller: {}, organisation: {} };
  const [sellers, buyerOrganisations] = await Promise.all([
    db.seller.count({ where: { ...place.seller, verificationStatus: "VERIFIED" } }),
    db.buyerOrganisation.count({ where: { ...place.organisation, verificationStatus: "VERIFIED" } }),
  ]);
  return { sellers, buyerOrganisations };
}
