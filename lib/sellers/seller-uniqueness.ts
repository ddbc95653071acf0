import type { Db, Tx } from "../db/client";
import { FieldValidationError, type FieldErrors } from "../errors";

type Identifiers = { pan?: string; gstin?: string; udyamNumber?: string; email?: string };

// PAN, GSTIN, Udyam number and e-mail are each registered once on Kraya. Checked before
// writing so the person sees every clash at once; `exceptSellerId` leaves out the seller
// being edited.
export async function assertSellerIdentifiersFree(db: Db | Tx, identifiers: Identifiers, exceptSellerId?: number): Promise<void> {
  const other = exceptSellerId === undefined ? {} : { NOT: { id: exceptSellerId } };
  const [pan, gstin, udyam, email] = await Promise.all([
    identifiers.pan ? db.seller.count({ where: { pan: identifiers.pan, ...other } }) : 0,
    identifiers.gstin ? db.sellerGstin.count({ where: { gstin: identifiers.gstin, seller: other } }) : 0,
    identifiers.udyamNumber ? db.seller.count({ where: { udyamNumber: identifiers.udyamNumber, ...other } }) : 0,
    identifiers.email ? db.user.count({ where: { email: identifiers.email } }) : 0,
  ]);
  const errors: FieldErrors = {};
  if (pan) errors.pan = "sellers.errors.panTaken";
  if (gstin) errors.gstin = "sellers.errors.gstinTaken";
  if (udyam) errors.udyamNumber = "sellers.errors.udyamTaken";
  if (email) errors.email = "sellers.errors.emailTaken";
  if (Object.keys(errors).length > 0) throw new FieldValidationError(errors);
}

// Two registrations of the same PAN can pass the check above at the same moment; the unique
// index then refuses the second, and this names the field for the person.
export function uniqueClashAsFieldError(error: unknown): FieldValidationError | null {
  if (!(error instanceof Error) || !("code" in error) || error.code !== "P2002") return null;
  const detail = JSON.stringify((error as { meta?: unknown }).meta ?? {}) + error.message;
  if (/gstin/i.test(detail)) return new FieldValidationError({ gstin: "sellers.errors.gstinTaken" });
  if (/udyam/i.test(detail)) return new FieldValidationError({ udyamNumber: "sellers.errors.udyamTaken" });
  if (/email/i.test(detail)) return new FieldValidationError({ email: "sellers.errors.emailTaken" });
  if (/(^|[^a-z])pan([^a-z]|$)/i.test(detail)) return new FieldValidationError({ pan: "sellers.errors.panTaken" });
  return null;
}
