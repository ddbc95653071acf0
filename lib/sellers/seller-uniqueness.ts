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

const FIELD_ERRORS: Record<string, FieldErrors> = {
  pan: { pan: "sellers.errors.panTaken" },
  gstin: { gstin: "sellers.errors.gstinTaken" },
  udyamNumber: { udyamNumber: "sellers.errors.udyamTaken" },
  email: { email: "sellers.errors.emailTaken" },
};

type UniqueViolationMeta = { target?: string[] | string; driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } } };

// Two registrations of the same PAN can pass the check above at the same moment; the unique
// index then refuses the second, and this names the field for the person. Prisma reports the
// columns in meta.target, or through a driver adapter as the constraint's (quoted) fields or
// its index name, "<Model>_<field>_key".
export function uniqueClashAsFieldError(error: unknown): FieldValidationError | null {
  if (!(error instanceof Error) || !("code" in error) || error.code !== "P2002") return null;
  const meta = ((error as { meta?: UniqueViolationMeta }).meta ?? {}) as UniqueViolationMeta;
  const constraint = meta.driverAdapterError?.cause?.constraint;
  const names = [...(constraint?.fields ?? []), ...([] as string[]).concat(meta.target ?? []), constraint?.index?.replace(/^[A-Za-z]+_|_key$/g, "") ?? ""];
  const field = names.map((name) => name.replace(/"/g, "")).find((name) => name in FIELD_ERRORS);
  return field ? new FieldValidationError(FIELD_ERRORS[field] ?? {}) : null;
}
