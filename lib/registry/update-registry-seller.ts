import type { AuditActor } from "../audit/record-audit";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import { sellerColumnsOf } from "../sellers/seller-record";
import { storeProfileCompleteness } from "../sellers/store-profile-completeness";
import { replacePrimaryGstin, VERIFIED_FIELDS } from "../sellers/update-seller-profile";
import type { ResolvedPlace } from "./place-index";
import type { RegistrySeller } from "./registry-seller-schema";
import { refreshListingSearch } from "../search/refresh-listing-search";

const registrySellerInclude = {
  gstins: { where: { isPrimary: true } },
  users: { where: { roles: { some: { role: "SELLER_ADMIN" as const } } }, orderBy: { id: "asc" as const }, take: 1 },
};

// The sellers a registry has sent before, by its own ids, in one query.
export async function loadRegistrySellers(db: Db, registry: string, registryIds: string[]) {
  const sellers = await db.seller.findMany({ where: { registrySource: registry, registryId: { in: registryIds } }, include: registrySellerInclude });
  return new Map(sellers.map((seller) => [seller.registryId as string, seller]));
}

export type RegistrySellerRow = NonNullable<ReturnType<Awaited<ReturnType<typeof loadRegistrySellers>>["get"]>>;

// A record sent again: nothing is written when nothing differs. As when a seller edits its
// own profile, a verified seller whose checked details change goes back to PENDING.
export async function updateRegistrySeller(
  db: Db,
  by: AuditActor,
  current: RegistrySellerRow,
  record: RegistrySeller,
  place: ResolvedPlace & { gstinStateId: number | null },
): Promise<"updated" | "unchanged"> {
  const columns = sellerColumnsOf({ ...record, stateId: place.stateId, districtId: place.districtId, blockId: place.blockId });
  const admin = current.users[0];
  const currentValues: Record<string, unknown> = { ...current, gstin: current.gstins[0]?.gstin ?? null, contactName: admin?.name ?? null, contactMobile: admin?.phone ?? null };
  const after: Record<string, unknown> = { ...columns, gstin: record.gstin ?? null, contactName: record.contactName, contactMobile: record.contactMobile };
  const changed = Object.keys(after).filter((field) => currentValues[field] !== after[field]);
  if (changed.length === 0) return "unchanged";
  const reverification = current.verificationStatus !== "PENDING" && changed.some((field) => (VERIFIED_FIELDS as readonly string[]).includes(field));
  await db.$transaction(async (tx) => {
    await tx.seller.update({
      where: { id: current.id },
      data: { ...columns, ...(reverification ? { verificationStatus: "PENDING", verifiedAt: null, verifiedById: null } : {}) },
    });
    await replacePrimaryGstin(tx, current.id, current.gstins[0] ?? null, record.gstin && place.gstinStateId ? { gstin: record.gstin, stateId: place.gstinStateId } : null);
    if (admin) await tx.user.update({ where: { id: admin.id }, data: { name: record.contactName, phone: record.contactMobile } });
    await storeProfileCompleteness(tx, current.id);
    await refreshListingSearch(tx, { sellerId: current.id });
    await recordAudit(tx, by, {
      action: "seller.updatedFromRegistry",
      entityType: "Seller",
      entityId: current.id,
      before: Object.fromEntries(changed.map((field) => [field, currentValues[field]])),
      after: Object.fromEntries(changed.map((field) => [field, after[field]])),
      data: { reverification },
      sellerId: current.id,
      place: { stateId: columns.stateId, districtId: columns.districtId, blockId: columns.blockId },
    });
  });
  return "updated";
}
