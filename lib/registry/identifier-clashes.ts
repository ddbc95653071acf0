import type { Db } from "../db/client";
import type { FieldErrors } from "../errors";

type Identifiers = { pan: string; gstin?: string; udyamNumber?: string; contactEmail?: string };

// PAN, GSTIN, Udyam number and e-mail are registered once on Kraya. For a batch, the
// sellers and users already holding any of the batch's identifiers are read in four
// queries; each record is then checked in memory, against the database and against the
// records before it in the same batch.
export async function loadIdentifierOwners(db: Db, records: Identifiers[]) {
  const values = (pick: (record: Identifiers) => string | undefined) => records.map(pick).filter((value): value is string => value !== undefined);
  const [pans, gstins, udyams, emails] = await Promise.all([
    db.seller.findMany({ where: { pan: { in: values((record) => record.pan) } }, select: { id: true, pan: true } }),
    db.sellerGstin.findMany({ where: { gstin: { in: values((record) => record.gstin) } }, select: { sellerId: true, gstin: true } }),
    db.seller.findMany({ where: { udyamNumber: { in: values((record) => record.udyamNumber) } }, select: { id: true, udyamNumber: true } }),
    db.user.findMany({ where: { email: { in: values((record) => record.contactEmail) } }, select: { sellerId: true, email: true } }),
  ]);
  const owners = {
    pan: new Map(pans.map((row) => [row.pan, row.id as number | null])),
    gstin: new Map(gstins.map((row) => [row.gstin, row.sellerId as number | null])),
    udyamNumber: new Map(udyams.map((row) => [row.udyamNumber ?? "", row.id as number | null])),
    contactEmail: new Map(emails.map((row) => [row.email, row.sellerId])),
  };
  const messages = { pan: "sellers.errors.panTaken", gstin: "sellers.errors.gstinTaken", udyamNumber: "sellers.errors.udyamTaken", contactEmail: "sellers.errors.emailTaken" };

  // The clashes of one record (null owner: claimed by a new record earlier in the batch);
  // when there are none, its identifiers are claimed for it.
  return function claim(record: Identifiers, sellerId: number | undefined): FieldErrors | null {
    const errors: FieldErrors = {};
    for (const field of Object.keys(owners) as (keyof typeof owners)[]) {
      const value = record[field];
      if (value === undefined || !owners[field].has(value)) continue;
      const owner = owners[field].get(value);
      if (owner === null || owner === undefined || owner !== sellerId) errors[field] = messages[field];
    }
    if (Object.keys(errors).length > 0) return errors;
    for (const field of Object.keys(owners) as (keyof typeof owners)[]) {
      const value = record[field];
      if (value !== undefined) owners[field].set(value, sellerId ?? null);
    }
    return null;
  };
}
