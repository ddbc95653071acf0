import type { Db, Tx } from "../db/client";
import { FieldValidationError } from "../errors";
import type { SellerProfileInput } from "./seller-profile-schema";

// The Seller columns a profile form writes, with absent optional fields stored as null so
// that clearing a field on the form clears it in the database.
export function sellerColumnsOf(input: SellerProfileInput) {
  return {
    legalName: input.legalName,
    tradeName: input.tradeName ?? null,
    entityType: input.entityType,
    pan: input.pan,
    udyamNumber: input.udyamNumber ?? null,
    mseClass: input.mseClass ?? null,
    isWomenOwned: input.isWomenOwned,
    isScStOwned: input.isScStOwned,
    isStartup: input.isStartup,
    dpiitNumber: input.isStartup ? (input.dpiitNumber ?? null) : null,
    isShg: input.isShg,
    isArtisan: input.isArtisan,
    isWeaver: input.isWeaver,
    isCooperative: input.isCooperative,
    isProducerCompany: input.isProducerCompany,
    artisanCardNumber: input.artisanCardNumber ?? null,
    weaverCardNumber: input.weaverCardNumber ?? null,
    addressLine: input.addressLine,
    pincode: input.pincode,
    stateId: input.stateId,
    districtId: input.districtId,
    blockId: input.blockId ?? null,
    bankAccountName: input.bankAccountName ?? null,
    bankAccountNumber: input.bankAccountNumber ?? null,
    ifsc: input.ifsc ?? null,
  };
}

export type SellerColumns = ReturnType<typeof sellerColumnsOf>;

// The state a GSTIN is registered in, from its first two digits.
export async function stateOfGstin(db: Db | Tx, gstin: string): Promise<number> {
  const state = await db.state.findUnique({ where: { gstCode: gstin.slice(0, 2) }, select: { id: true } });
  if (!state) throw new FieldValidationError({ gstin: "sellers.errors.gstinStateCode" });
  return state.id;
}
