import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";
import { requireAdmin } from "./require-admin";
import { SellerQueueFiltersSchema, type SellerQueueFilters } from "./schemas";
import { adminPlaceFilter } from "./scope";

export const SELLER_QUEUE_PAGE_SIZE = 25;

export const SELLER_FLAGS = {
  isWomenOwned: true,
  isScStOwned: true,
  isStartup: true,
  isShg: true,
  isArtisan: true,
  isWeaver: true,
  isCooperative: true,
  isProducerCompany: true,
} as const;

const placeName = { select: { name: true, nameHi: true } } as const;

// The verification queue: only sellers located inside the admin's area. Pending sellers
// come oldest first (first come, first served); other lists newest first.
export async function listSellersForReview(db: Db, ctx: ActionContext, filters: SellerQueueFilters) {
  const { actor } = requireAdmin(ctx);
  const { status, stateId, districtId, q, page } = SellerQueueFiltersSchema.parse(filters);
  const where: Prisma.SellerWhereInput = {
    AND: [
      adminPlaceFilter(actor),
      status === "ALL" ? {} : { verificationStatus: status },
      stateId ? { stateId } : {},
      districtId ? { districtId } : {},
      q ? { OR: [{ legalName: { contains: q, mode: "insensitive" } }, { tradeName: { contains: q, mode: "insensitive" } }, { pan: q.toUpperCase() }] } : {},
    ],
  };
  const direction = status === "PENDING" ? "asc" : "desc";
  const [total, sellers] = await Promise.all([
    db.seller.count({ where }),
    db.seller.findMany({
      where,
      orderBy: [{ createdAt: direction }, { id: direction }],
      skip: (page - 1) * SELLER_QUEUE_PAGE_SIZE,
      take: SELLER_QUEUE_PAGE_SIZE,
      select: {
        id: true,
        legalName: true,
        tradeName: true,
        entityType: true,
        mseClass: true,
        ...SELLER_FLAGS,
        profileCompleteness: true,
        verificationStatus: true,
        createdAt: true,
        state: placeName,
        district: placeName,
        assistedBy: { select: { name: true } },
      },
    }),
  ]);
  return { sellers, total, page, pageCount: Math.max(1, Math.ceil(total / SELLER_QUEUE_PAGE_SIZE)) };
}

export type SellerQueueRow = Awaited<ReturnType<typeof listSellersForReview>>["sellers"][number];

// Everything an admin checks before deciding, and the record's history from the audit log.
// A seller outside the admin's area is "not found", like one that does not exist.
export async function getSellerForReview(db: Db, ctx: ActionContext, sellerId: number) {
  const { actor } = requireAdmin(ctx);
  const seller = await db.seller.findFirst({
    where: { id: sellerId, ...adminPlaceFilter(actor) },
    select: {
      id: true,
      legalName: true,
      tradeName: true,
      entityType: true,
      pan: true,
      udyamNumber: true,
      mseClass: true,
      dpiitNumber: true,
      artisanCardNumber: true,
      weaverCardNumber: true,
      registrySource: true,
      registryId: true,
      ...SELLER_FLAGS,
      addressLine: true,
      pincode: true,
      state: placeName,
      district: placeName,
      block: { select: { name: true } },
      bankAccountName: true,
      bankAccountNumber: true,
      ifsc: true,
      verificationStatus: true,
      verifiedAt: true,
      verifiedBy: { select: { name: true } },
      rejectionReasonCode: true,
      rejectionNote: true,
      profileCompleteness: true,
      createdAt: true,
      assistedBy: { select: { name: true, email: true, serviceCentre: { select: { name: true } } } },
      gstins: { orderBy: [{ isPrimary: "desc" }, { gstin: "asc" }], select: { gstin: true, isPrimary: true, state: placeName } },
      users: { orderBy: { id: "asc" }, select: { name: true, email: true, phone: true, roles: { select: { role: true } } } },
    },
  });
  if (!seller) throw new NotFoundError("Seller");
  const history = await db.auditEvent.findMany({
    where: { entityType: "Seller", entityId: String(seller.id) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, action: true, actorRole: true, data: true, createdAt: true, actor: { select: { name: true } } },
  });
  const { bankAccountNumber, ...rest } = seller;
  return {
    ...rest,
    // The full number is the seller's; an admin checks the name, the IFSC and the last digits.
    bankAccountLast4: bankAccountNumber ? bankAccountNumber.slice(-4) : null,
    canVerify: seller.profileCompleteness === 100 && (seller.verificationStatus === "PENDING" || seller.verificationStatus === "REJECTED"),
    canReject: seller.verificationStatus === "PENDING",
    history,
  };
}

export type SellerForReview = Awaited<ReturnType<typeof getSellerForReview>>;
