import { buildGstin } from "@/lib/sellers/identifiers";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

// A distinct, valid association-of-persons PAN (4th letter A, as an SHG's) for each number.
export function shgPan(serial: number, series = "S"): string {
  const letter = (value: number) => LETTERS.charAt(value % 26);
  return `${series}${letter(serial / 676)}${letter(serial / 26)}A${letter(serial)}${String(serial % 10_000).padStart(4, "0")}${letter(serial * 7)}`;
}

// A women's SHG as NRLM would send it, placed in a real district and block.
export function shgRow(serial: number, place: { stateCode: string; gstCode: string; district: string; block: string }, series = "S") {
  const pan = shgPan(serial, series);
  return {
    registryId: `NRLM-${series}-${String(serial).padStart(6, "0")}`,
    legalName: `Jai Maa Saraswati Mahila SHG ${serial}`,
    entityType: "SELF_HELP_GROUP",
    pan,
    gstin: serial % 5 === 0 ? buildGstin(place.gstCode, pan) : undefined,
    isWomenOwned: true,
    isShg: true,
    addressLine: `Ward ${(serial % 15) + 1}, Gram Panchayat office`,
    pincode: "462001",
    stateCode: place.stateCode,
    district: place.district,
    block: place.block,
    bankAccountName: `Jai Maa Saraswati Mahila SHG ${serial}`,
    bankAccountNumber: String(30_000_000_000 + serial),
    ifsc: "SBIN0001234",
    contactName: "Sunita Devi",
    contactMobile: `98${String(serial).padStart(8, "0")}`,
  };
}
