import type { AuditActor } from "../audit/record-audit";
import { recordAudits } from "../audit/record-audit";
import { issuePasswordLink } from "../auth/password-links";
import type { Db, Tx } from "../db/client";
import { profileCompleteness } from "../sellers/profile-completeness";
import type { SellerColumns } from "../sellers/seller-record";
import { uniqueClashAsFieldError } from "../sellers/seller-uniqueness";
import type { RegistrySeller, RowResult } from "./registry-seller-schema";

// index: the record's position in the request, carried through to its result.
export type NewRegistrySeller = { index: number; record: RegistrySeller; columns: SellerColumns; gstinStateId: number | null };
type Created = { index: number; registryId: string; status: RowResult["status"]; sellerId?: number; errors?: Record<string, string> };

// A password hash no password matches: a registry's contact person signs in only after
// choosing a password through a setup link (when the registry gave an e-mail address).
const NO_PASSWORD = "!registry";

// New sellers of a batch in one transaction and a handful of statements. Should another
// request take one of their identifiers meanwhile (the unique indexes refuse it), the
// batch falls back to one transaction per seller, so only the clashing one is refused.
export async function createRegistrySellers(db: Db, by: AuditActor, registry: string, sellers: NewRegistrySeller[]): Promise<Created[]> {
  if (sellers.length === 0) return [];
  try {
    return await db.$transaction((tx) => insertSellers(tx, by, registry, sellers), { timeout: 120_000 });
  } catch (error) {
    if (!uniqueClashAsFieldError(error)) throw error;
  }
  const results: Created[] = [];
  for (const seller of sellers) {
    try {
      results.push(...(await db.$transaction((tx) => insertSellers(tx, by, registry, [seller]))));
    } catch (error) {
      const clash = uniqueClashAsFieldError(error);
      if (!clash) throw error;
      results.push({ index: seller.index, registryId: seller.record.registryId, status: "invalid", errors: clash.fieldErrors });
    }
  }
  return results;
}

async function insertSellers(tx: Tx, by: AuditActor, registry: string, sellers: NewRegistrySeller[]): Promise<Created[]> {
  const rows = await tx.seller.createManyAndReturn({
    data: sellers.map(({ record, columns }) => ({
      ...columns,
      registrySource: registry,
      registryId: record.registryId,
      profileCompleteness: profileCompleteness({ ...columns, gstin: record.gstin ?? null, hasContactPhone: true }).percent,
    })),
    select: { id: true, registryId: true },
  });
  const idOf = new Map(rows.map((row) => [row.registryId, row.id]));
  const sellerIds = sellers.map(({ record }) => idOf.get(record.registryId) as number);
  await tx.sellerGstin.createMany({
    data: sellers.flatMap(({ record, gstinStateId }, position) =>
      record.gstin && gstinStateId ? [{ sellerId: sellerIds[position] as number, gstin: record.gstin, stateId: gstinStateId, isPrimary: true }] : [],
    ),
  });
  const users = await tx.user.createManyAndReturn({
    data: sellers.map(({ record }, position) => ({
      email: record.contactEmail ?? `seller-${sellerIds[position]}@registry.kraya.invalid`,
      name: record.contactName,
      phone: record.contactMobile,
      passwordHash: NO_PASSWORD,
      sellerId: sellerIds[position],
    })),
    select: { id: true, email: true, name: true },
  });
  await tx.userRole.createMany({ data: users.map((user) => ({ userId: user.id, role: "SELLER_ADMIN" as const })) });
  for (const user of users) {
    if (!user.email.endsWith(".invalid")) await issuePasswordLink(tx, user, "setup");
  }
  await recordAudits(
    tx,
    by,
    sellers.map(({ record, columns }, position) => ({
      action: "seller.registeredFromRegistry",
      entityType: "Seller",
      entityId: sellerIds[position] as number,
      after: { ...columns, gstin: record.gstin ?? null, registry, registryId: record.registryId },
      sellerId: sellerIds[position],
      place: { stateId: columns.stateId, districtId: columns.districtId, blockId: columns.blockId },
    })),
  );
  return sellers.map(({ index, record }, position) => ({ index, registryId: record.registryId, status: "created", sellerId: sellerIds[position] }));
}
