import type { PeopleData } from "./data-files";
import { findDemoAccount } from "./demo-accounts";
import type { BlockRef, DistrictRef, ReferenceData, StateRef } from "./seed-context";
import type { SellerProfile } from "./seller-profiles";

// The demo sellers: always sellers 1 and 2, a women-owned micro enterprise in Bhopal that
// supplies offices and a tribal women's SHG in Chhindwara that sells through SARAS; and, added
// after every generated seller (so none of them moves), a medium furniture manufacturer in
// Bhopal that takes part in bids. Their
// PAN, GSTIN and Udyam numbers come from the same generator as everyone else's, so they are
// valid and can never collide with a generated seller.

export type DemoSellerDraft = {
  profile: SellerProfile;
  state: StateRef;
  district: DistrictRef;
  block: BlockRef;
  email: string;
};

function findPlace(reference: ReferenceData, districtName: string, blockName: string) {
  const state = reference.stateByCode.get("MP");
  const district = state?.districts.find((candidate) => candidate.name === districtName);
  const block = district?.blocks.find((candidate) => candidate.name === blockName);
  if (!state || !district || !block) throw new Error(`Madhya Pradesh, ${districtName}, ${blockName} must exist in geography.json`);
  return { state, district, block };
}

function splitName(full: string) {
  const [first = full, ...rest] = full.split(" ");
  return { first, last: rest.join(" ") || first, full, isWoman: true };
}

export function demoSellerDraft(index: number, reference: ReferenceData, people: PeopleData): DemoSellerDraft | null {
  if (index === 0) {
    const account = findDemoAccount("mse.seller@kraya.demo");
    return {
      ...findPlace(reference, "Bhopal", "Huzur"),
      email: account.email,
      profile: {
        kind: "GENERAL", entityType: "PROPRIETORSHIP", legalName: "Narmada Office Supplies", tradeName: "Narmada Office Supplies",
        person: splitName(account.name), panInitialFrom: splitName(account.name).last, mseClass: "MICRO",
        isWomenOwned: true, isScStOwned: false, isStartup: false, designation: "Proprietor",
      },
    };
  }
  if (index === 1) {
    const account = findDemoAccount("shg.seller@kraya.demo");
    const stem = people.shgNameStems.includes("Narmada") ? "Narmada" : (people.shgNameStems[0] ?? "Ekta");
    const legalName = `Jai Maa ${stem} Mahila Swayam Sahayata Samuh, Tamia`;
    return {
      ...findPlace(reference, "Chhindwara", "Tamia"),
      email: account.email,
      profile: {
        kind: "SHG", entityType: "SELF_HELP_GROUP", legalName, tradeName: `${stem} Aajeevika Products`,
        person: splitName(account.name), panInitialFrom: legalName, mseClass: null,
        isWomenOwned: true, isScStOwned: true, isStartup: false, designation: "President",
      },
    };
  }
  return null;
}

export function demoFirmDraft(reference: ReferenceData): DemoSellerDraft {
  const account = findDemoAccount("firm.seller@kraya.demo");
  const [first = account.name, last = account.name] = account.name.split(" ");
  return {
    ...findPlace(reference, "Bhopal", "Huzur"),
    email: account.email,
    profile: {
      kind: "GENERAL", entityType: "PRIVATE_LIMITED", legalName: "Vindhya Steel Furniture Private Limited", tradeName: "Vindhya Furniture",
      person: { first, last, full: account.name, isWoman: false }, panInitialFrom: "Vindhya", mseClass: "MEDIUM",
      isWomenOwned: false, isScStOwned: false, isStartup: false, designation: "Director",
    },
  };
}
