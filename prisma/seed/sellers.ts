import type { MseClass, VerificationStatus } from "../../lib/db/generated/enums";
import { addAuditEvent } from "./audit-events";
import { demoFirmDraft, demoSellerDraft } from "./demo-sellers";
import { DEMO_MAIL_DOMAIN, STATE_WEIGHT, generateEmail, generatePincode, generateStreet } from "./names";
import type { Random } from "./random";
import { DAY_MS, MIN_SELLERS, SIZE_PER_SCALE, istDateMs, scaledCount } from "./seed-config";
import type { DistrictRef, ReferenceData, SeedContext, StaffRef, StateRef } from "./seed-context";
import { NO_UDYAM_ENTITY_TYPES, profileCompleteness } from "../../lib/sellers/profile-completeness";
import * as identity from "./seller-identity";
import { draftSellerProfile, sellerKindAt, stateWeightForKind, type SellerKind, type SellerProfile } from "./seller-profiles";
import { addUser } from "./users";

// Sellers with their GSTINs and users. Most are verified; some are pending or rejected
// (with a reason), a few suspended. The in-memory index feeds the listing and order phases.

export type SellerRef = {
  id: number;
  kind: SellerKind;
  legalName: string;
  displayName: string;
  state: StateRef;
  district: DistrictRef;
  blockId: number | null;
  mseClass: MseClass | null;
  isWomenOwned: boolean;
  isScStOwned: boolean;
  isShg: boolean;
  status: VerificationStatus;
  createdAtMs: number;
  reviewedAtMs: number; // verified (or rejected) on
  adminUserId: number;
  activeFromMs: number; // verified and catalogue uploaded: may receive orders from here on
  deliveryStateIds: number[] | null; // null: delivers all over India
  size: number; // relative business size: listings and orders follow it
  isDemo: boolean;
};

const OPENED_MS = istDateMs(2017, 9, 1);
const EARLY_CUTOFF_MS = istDateMs(2023, 3, 31);

const REJECTIONS = [
  { code: "PAN_NAME_MISMATCH", note: "The name on the PAN does not match the legal name entered." },
  { code: "GSTIN_INACTIVE", note: "The GSTIN is cancelled or suspended on the GST portal." },
  { code: "UDYAM_NOT_VERIFIED", note: "The Udyam registration could not be verified with the MSME database." },
  { code: "BANK_ACCOUNT_MISMATCH", note: "The bank account holder name differs from the seller's legal name." },
  { code: "ADDRESS_PROOF_MISSING", note: "No address proof was uploaded for the registered office." },
] as const;

export async function insertSellers(ctx: SeedContext, reference: ReferenceData, staff: StaffRef): Promise<SellerRef[]> {
  const random = ctx.random.fork("sellers");
  const count = scaledCount(SIZE_PER_SCALE.sellers, ctx.scale, MIN_SELLERS);
  const sellers: SellerRef[] = [];
  for (let index = 0; index < count; index++) {
    // Kind and Udyam registration come from the R2 quasi-random sequence (Roberts 2018), not
    // independent draws, so the shares hold even among the 75 sellers of a test-sized seed.
    const kindDraw = (0.5 + index * 0.754877666246693) % 1;
    const udyamDraw = (0.5 + index * 0.569840290998053) % 1;
    const demo = demoSellerDraft(index, reference, ctx.data.people);
    const kind = demo?.profile.kind ?? sellerKindAt(kindDraw);
    const state = demo?.state ?? pickState(random, reference, kind);
    const district = demo?.district ?? random.pick(state.districts);
    const block = demo?.block ?? random.pick(district.blocks);
    const profile = demo?.profile ?? draftSellerProfile(random, ctx.data.people, state, kind, block.name, udyamDraw);
    sellers.push(insertSeller(ctx, random, reference, staff, { profile, state, district, blockId: block.id, isDemo: demo !== null, demoEmail: demo?.email }));
    await ctx.writer.flushIfFull();
  }
  // The demo firm: written, but not handed to the listing and order phases, so the generated
  // catalogue and orders stay as they were.
  const firm = demoFirmDraft(reference);
  insertSeller(ctx, ctx.random.fork("demo-firm"), reference, staff, { profile: firm.profile, state: firm.state, district: firm.district, blockId: firm.block.id, isDemo: true, demoEmail: firm.email });
  return sellers;
}

function pickState(random: Random, reference: ReferenceData, kind: SellerKind): StateRef {
  const weights = reference.states.map((state) => stateWeightForKind(kind, state.code, STATE_WEIGHT[state.code] ?? 0.1));
  return reference.states[random.weightedIndex(weights)] as StateRef;
}

type Placed = { profile: SellerProfile; state: StateRef; district: DistrictRef; blockId: number; isDemo: boolean; demoEmail: string | undefined };

function insertSeller(ctx: SeedContext, random: Random, reference: ReferenceData, staff: StaffRef, placed: Placed): SellerRef {
  const { tables, nowMs } = ctx;
  const { profile, state, district, isDemo } = placed;
  const id = tables.seller.nextId();
  // The demo sellers joined in 2019, so they can take orders from the first seeded year.
  const createdAtMs = isDemo
    ? istDateMs(2019, 6, 12) + id * DAY_MS
    : random.chance(0.8)
      ? random.int(OPENED_MS, EARLY_CUTOFF_MS)
      : random.int(EARLY_CUTOFF_MS, nowMs - 2 * DAY_MS);
  const status: VerificationStatus = isDemo
    ? "VERIFIED"
    : nowMs - createdAtMs < 60 * DAY_MS && random.chance(0.7)
      ? "PENDING"
      : random.weighted([["VERIFIED", 94], ["PENDING", 1], ["REJECTED", 4], ["SUSPENDED", 1]] as const);
  const isVerified = status === "VERIFIED" || status === "SUSPENDED";
  const isComplete = isVerified || random.chance(0.3);
  const reviewedAtMs = Math.min(createdAtMs + random.int(2, 15) * DAY_MS, nowMs - DAY_MS);
  const reviewerId = staff.stateAdminIdByState.get(state.id) ?? staff.nationalAdminIds[0] ?? null;

  const isSmallSpecial = profile.kind === "SHG" || profile.kind === "WEAVER" || profile.kind === "ARTISAN";
  const needsGstin = isDemo || !isSmallSpecial || random.chance(0.4);
  const pan = identity.generatePan(random, id, profile.entityType, profile.panInitialFrom);
  const gstin = needsGstin && (isComplete || random.chance(0.6)) ? identity.generateGstin(state.gstCode, pan) : null;
  const udyamNumber = profile.mseClass ? identity.generateUdyam(id, state.code, district.index) : null;
  // A firm without Udyam registration that could hold one has declared itself "not an MSME".
  const mseClass: MseClass | null = profile.mseClass ?? (isSmallSpecial || NO_UDYAM_ENTITY_TYPES.includes(profile.entityType) ? null : "NOT_MSME");
  const bank = isComplete || random.chance(0.5) ? identity.generateBankAccount(random) : null;
  const cardNumber = profile.kind === "ARTISAN" ? identity.generateArtisanCard(state.code, id) : profile.kind === "WEAVER" ? identity.generateWeaverCard(state.code, id) : null;
  const dpiitNumber = profile.isStartup ? identity.generateDpiitNumber(id) : null;
  const blockId = isComplete || random.chance(0.7) ? placed.blockId : null;
  const tradeName = profile.tradeName;
  const rejection = status === "REJECTED" ? random.pick(REJECTIONS) : null;

  tables.seller.push({
    id, legalName: profile.legalName, tradeName, entityType: profile.entityType, pan, udyamNumber, mseClass,
    isWomenOwned: profile.isWomenOwned, isScStOwned: profile.isScStOwned, isStartup: profile.isStartup, dpiitNumber,
    isShg: profile.kind === "SHG", isArtisan: profile.kind === "ARTISAN", isWeaver: profile.kind === "WEAVER",
    isCooperative: profile.kind === "COOPERATIVE", isProducerCompany: profile.kind === "PRODUCER_COMPANY",
    artisanCardNumber: profile.kind === "ARTISAN" ? cardNumber : null, weaverCardNumber: profile.kind === "WEAVER" ? cardNumber : null,
    registrySource: profile.kind === "SHG" ? "NRLM" : null, registryId: profile.kind === "SHG" ? identity.generateNrlmShgCode(id) : null,
    addressLine: `${generateStreet(random)}, ${district.name}`, pincode: generatePincode(random, state, district),
    stateId: state.id, districtId: district.id, blockId,
    bankAccountName: bank ? profile.legalName : null, bankAccountNumber: bank?.accountNumber ?? null, ifsc: bank?.ifsc ?? null,
    verificationStatus: status, verifiedAt: isVerified ? reviewedAtMs : null, verifiedById: isVerified ? reviewerId : null,
    rejectionReasonCode: rejection?.code ?? null, rejectionNote: rejection?.note ?? null,
    profileCompleteness: profileCompleteness({
      legalName: profile.legalName, entityType: profile.entityType, pan, gstin, udyamNumber, mseClass, isShg: profile.kind === "SHG",
      isArtisan: profile.kind === "ARTISAN", isWeaver: profile.kind === "WEAVER", addressLine: "seeded", pincode: "seeded", stateId: state.id,
      districtId: district.id, blockId, bankAccountName: bank ? profile.legalName : null, bankAccountNumber: bank?.accountNumber ?? null,
      ifsc: bank?.ifsc ?? null, hasContactPhone: true,
    }).percent,
    assistedById: pickFacilitator(random, staff, profile.kind, state.id, isDemo), createdAt: createdAtMs, updatedAt: status === "PENDING" ? createdAtMs : reviewedAtMs,
  });
  if (status !== "PENDING") {
    addAuditEvent(ctx, {
      actorUserId: reviewerId, action: `seller.${status === "REJECTED" ? "rejected" : "verified"}`, entityType: "Seller", entityId: id,
      data: rejection ? { reasonCode: rejection.code } : { pan, gstin }, atMs: reviewedAtMs,
      after: { verificationStatus: status }, sellerId: id, place: { stateId: state.id, districtId: district.id, blockId },
    });
  }
  const size = isDemo ? 12 : random.logNormal(1, 1) * (profile.entityType === "PRIVATE_LIMITED" || profile.entityType === "PUBLIC_LIMITED" ? 2 : 1);
  insertGstins(ctx, random, reference, id, gstin, state, pan, size);
  const adminUserId = insertSellerUsers(ctx, random, id, profile, state, createdAtMs, placed.demoEmail);

  return {
    id, kind: profile.kind, legalName: profile.legalName, displayName: tradeName ?? profile.legalName, state, district, blockId,
    mseClass, isWomenOwned: profile.isWomenOwned, isScStOwned: profile.isScStOwned, isShg: profile.kind === "SHG",
    status, createdAtMs, reviewedAtMs, adminUserId, activeFromMs: reviewedAtMs + random.int(5, 45) * DAY_MS,
    deliveryStateIds: pickDeliveryStates(random, reference, state, profile.kind, size, isDemo), size, isDemo,
  };
}

// Weavers are onboarded by Weavers' Service Centres, artisans by Handicraft Service Centres,
// SHGs by State Rural Livelihood Missions (domain.md, "Field facilitators").
function pickFacilitator(random: Random, staff: StaffRef, kind: SellerKind, stateId: number, isDemo: boolean): number | null {
  const centreKind = kind === "WEAVER" ? "WEAVERS_SERVICE_CENTRE" : kind === "ARTISAN" ? "HANDICRAFT_SERVICE_CENTRE" : kind === "SHG" ? "STATE_RURAL_LIVELIHOOD_MISSION" : null;
  if (!centreKind || (!isDemo && !random.chance(0.6))) return null;
  const candidates = staff.facilitators.filter((facilitator) => facilitator.kind === centreKind && facilitator.stateId === stateId);
  return candidates.length > 0 ? random.pick(candidates).userId : null;
}

// Large sellers register in the other states they supply from: one GSTIN per state.
function insertGstins(ctx: SeedContext, random: Random, reference: ReferenceData, sellerId: number, gstin: string | null, state: StateRef, pan: string, size: number) {
  if (!gstin) return;
  ctx.tables.sellerGstin.push({ id: ctx.tables.sellerGstin.nextId(), sellerId, gstin, stateId: state.id, isPrimary: true });
  if (size < 4) return;
  for (const other of random.sample(reference.states.filter((candidate) => candidate.id !== state.id), random.int(1, 3))) {
    ctx.tables.sellerGstin.push({ id: ctx.tables.sellerGstin.nextId(), sellerId, gstin: identity.generateGstin(other.gstCode, pan), stateId: other.id, isPrimary: false });
  }
}

function insertSellerUsers(ctx: SeedContext, random: Random, sellerId: number, profile: SellerProfile, state: StateRef, createdAtMs: number, demoEmail: string | undefined): number {
  const domain = `sellers.${DEMO_MAIL_DOMAIN}`;
  const adminUserId = addUser(ctx, {
    email: demoEmail ?? ((userId) => generateEmail(profile.person, userId, domain)), name: profile.person.full,
    designation: profile.designation, role: "SELLER_ADMIN", createdAtMs, stateCode: state.code, sellerId, isDemo: demoEmail !== undefined,
  });
  if (profile.kind === "GENERAL" && random.chance(0.15)) {
    const person = { ...profile.person, first: random.pick(ctx.data.people.firstNames.male) };
    person.full = `${person.first} ${person.last}`;
    addUser(ctx, { email: (userId) => generateEmail(person, userId, domain), name: person.full, designation: "Sales Executive", role: "SELLER_STAFF", createdAtMs, stateCode: state.code, sellerId });
  }
  return adminUserId;
}

function pickDeliveryStates(random: Random, reference: ReferenceData, state: StateRef, kind: SellerKind, size: number, isDemo: boolean): number[] | null {
  if (!isDemo && kind === "GENERAL" && size >= 6) return null;
  const others = random.sample(reference.states.filter((candidate) => candidate.id !== state.id), isDemo ? 4 : random.int(0, kind === "GENERAL" ? 5 : 2));
  return [state.id, ...others.map((other) => other.id)];
}
