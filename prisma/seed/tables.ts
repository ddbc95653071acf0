import { BulkWriter, type RawDb } from "./bulk-insert";

// The columns the generator writes, per table; omitted columns take their database default.
// Registration order is foreign-key order: a batch never precedes the batch it points at.

export function registerTables(db: RawDb, batchRows: number) {
  const writer = new BulkWriter(db, batchRows);
  const tables = {
    state: writer.register("State", { id: "int", code: "text", gstCode: "text", name: "text", nameHi: "text", kind: "enum:StateKind" }),
    district: writer.register("District", { id: "int", stateId: "int", name: "text", nameHi: "text" }),
    block: writer.register("Block", { id: "int", districtId: "int", name: "text" }),
    ministry: writer.register("Ministry", { id: "int", name: "text", nameHi: "text", shortName: "text" }),
    department: writer.register("Department", { id: "int", name: "text", nameHi: "text", ministryId: "int?", stateId: "int?" }),
    category: writer.register("Category", {
      id: "int", parentId: "int?", slug: "text", name: "text", nameHi: "text", kind: "enum:CatalogueKind",
      market: "enum:Market?", unit: "text", specFields: "json", isLeaf: "bool", sortOrder: "int",
    }),
    serviceCentre: writer.register("ServiceCentre", { id: "int", name: "text", kind: "enum:ServiceCentreKind", stateId: "int", districtId: "int" }),
    organisation: writer.register("BuyerOrganisation", {
      id: "int", name: "text", type: "enum:OrganisationType", departmentId: "int", stateId: "int?", emailDomain: "text?",
      verificationStatus: "enum:VerificationStatus", verifiedAt: "timestamp?", verifiedById: "int?", createdAt: "timestamp",
    }),
    office: writer.register("Office", {
      id: "int", organisationId: "int", name: "text", addressLine: "text", pincode: "text", stateId: "int", districtId: "int", blockId: "int?",
    }),
    seller: writer.register("Seller", {
      id: "int", legalName: "text", tradeName: "text?", entityType: "enum:LegalEntityType", pan: "text", udyamNumber: "text?",
      mseClass: "enum:MseClass?", isWomenOwned: "bool", isScStOwned: "bool", isStartup: "bool", dpiitNumber: "text?",
      isShg: "bool", isArtisan: "bool", isWeaver: "bool", isCooperative: "bool", isProducerCompany: "bool",
      artisanCardNumber: "text?", weaverCardNumber: "text?", registrySource: "text?", registryId: "text?",
      addressLine: "text", pincode: "text", stateId: "int", districtId: "int", blockId: "int?",
      bankAccountName: "text?", bankAccountNumber: "text?", ifsc: "text?",
      verificationStatus: "enum:VerificationStatus", verifiedAt: "timestamp?", verifiedById: "int?",
      rejectionReasonCode: "text?", rejectionNote: "text?", profileCompleteness: "int", assistedById: "int?",
      createdAt: "timestamp", updatedAt: "timestamp",
    }),
    sellerGstin: writer.register("SellerGstin", { id: "int", sellerId: "int", gstin: "text", stateId: "int", isPrimary: "bool" }),
    user: writer.register("User", {
      id: "int", email: "text", name: "text", designation: "text?", phone: "text?", passwordHash: "text", locale: "text",
      organisationId: "int?", officeId: "int?", sellerId: "int?", serviceCentreId: "int?", lastLoginAt: "timestamp?", createdAt: "timestamp",
    }),
    userRole: writer.register("UserRole", {
      id: "int", userId: "int", role: "enum:Role", adminScope: "enum:AdminScope?", stateId: "int?", districtId: "int?", blockId: "int?", createdAt: "timestamp",
    }),
    listing: writer.register("Listing", {
      id: "int", sellerId: "int", categoryId: "int", kind: "enum:CatalogueKind", title: "text", description: "text",
      brand: "text?", model: "text?", specifications: "json", pricePaise: "bigint", mrpPaise: "bigint", gstRateBps: "int",
      stockQuantity: "int", minOrderQuantity: "int", deliveryDays: "int", countryOfOrigin: "text", localContentPercent: "int",
      makeInIndiaClass: "enum:MakeInIndiaClass", status: "enum:ListingStatus", rejectionReasonCode: "text?", rejectionNote: "text?",
      reviewedAt: "timestamp?", reviewedById: "int?", submittedAt: "timestamp?", approvedAt: "timestamp?", createdAt: "timestamp", updatedAt: "timestamp",
    }),
    deliveryArea: writer.register("ListingDeliveryArea", { id: "int", listingId: "int", stateId: "int", districtId: "int?" }),
    cartItem: writer.register("CartItem", { id: "int", userId: "int", listingId: "int", quantity: "int", createdAt: "timestamp" }),
    bid: writer.register("Bid", {
      id: "int", number: "text", type: "enum:BidType", status: "enum:BidStatus", buyerOrganisationId: "int", createdById: "int",
      categoryId: "int?", title: "text", justification: "text?", estimatedValuePaise: "bigint", deliveryDays: "int",
      minTurnoverPaise: "bigint?", minExperienceYears: "int?", emdPaise: "bigint?", hasReverseAuction: "bool",
      reverseAuctionRule: "enum:ReverseAuctionRule?", minOffers: "int", isDeadlineExtended: "bool", publishedAt: "timestamp",
      clarificationDeadline: "timestamp", submissionDeadline: "timestamp", openingAt: "timestamp", awardedAt: "timestamp?", createdAt: "timestamp",
      auctionMinutes: "int?", auctionDecrementBps: "int?", consigneeUserId: "int?", deliveryAddress: "text",
      hasMsePreference: "bool", hasMakeInIndiaPreference: "bool", financialOpenedAt: "timestamp?", auctionStartedAt: "timestamp?", auctionEndsAt: "timestamp?",
    }),
    bidItem: writer.register("BidItem", {
      id: "int", bidId: "int", title: "text", specifications: "json", quantity: "int", unit: "text", consigneeUserId: "int?", estimatedUnitPricePaise: "bigint?",
    }),
    order: writer.register("Order", {
      id: "int", number: "text", buyingMode: "enum:BuyingMode", status: "enum:OrderStatus", buyerOrganisationId: "int",
      buyerUserId: "int", consigneeUserId: "int", payingAuthorityUserId: "int", officeId: "int?", sellerId: "int", bidId: "int?",
      ministryId: "int?", buyerStateId: "int?", sellerStateId: "int", sellerDistrictId: "int", sellerBlockId: "int?",
      sellerMseClass: "enum:MseClass?", sellerIsWomenOwned: "bool", sellerIsScStOwned: "bool", sellerIsShg: "bool",
      subtotalPaise: "bigint", taxPaise: "bigint", totalPaise: "bigint", mrpTotalPaise: "bigint", deliveryAddress: "text",
      deliveryStateId: "int", budgetHead: "text?", sanctionReference: "text?", l1DeviationReason: "text?", isSplitSuspected: "bool",
      statusReason: "text?", placedAt: "timestamp", respondBy: "timestamp?", deliveryDueAt: "timestamp?", acceptedAt: "timestamp?",
      dispatchedAt: "timestamp?", deliveredAt: "timestamp?", receivedAt: "timestamp?", goodsAcceptedAt: "timestamp?",
      paymentDueAt: "timestamp?", closedAt: "timestamp?",
    }),
    orderItem: writer.register("OrderItem", {
      id: "int", orderId: "int", listingId: "int", categoryId: "int", title: "text", quantity: "int", acceptedQuantity: "int?",
      unitPricePaise: "bigint", unitMrpPaise: "bigint", gstRateBps: "int", taxPaise: "bigint", totalPaise: "bigint",
    }),
    orderEvent: writer.register("OrderEvent", {
      id: "int", orderId: "int", fromStatus: "enum:OrderStatus?", toStatus: "enum:OrderStatus", actorUserId: "int?", note: "text?", createdAt: "timestamp",
    }),
    invoice: writer.register("Invoice", {
      id: "int", number: "text", orderId: "int", sellerId: "int", amountPaise: "bigint", taxPaise: "bigint", status: "enum:InvoiceStatus", issuedAt: "timestamp", dueAt: "timestamp",
    }),
    payment: writer.register("Payment", {
      id: "int", invoiceId: "int", orderId: "int", amountPaise: "bigint", interestPaise: "bigint", daysLate: "int", reference: "text",
      paidAt: "timestamp", recordedById: "int", createdAt: "timestamp",
    }),
    rating: writer.register("Rating", { id: "int", orderId: "int", sellerId: "int", buyerUserId: "int", score: "int", timeliness: "int", quality: "int", comment: "text?", createdAt: "timestamp" }),
    incident: writer.register("Incident", {
      id: "int", orderId: "int?", sellerId: "int?", raisedById: "int", type: "enum:IncidentType", status: "enum:IncidentStatus",
      description: "text", resolution: "text?", createdAt: "timestamp", resolvedAt: "timestamp?",
    }),
    bidOffer: writer.register("BidOffer", {
      id: "int", bidId: "int", sellerId: "int", status: "enum:BidOfferStatus", technicalCompliance: "json", totalPaise: "bigint?", rank: "int?",
      rejectionReasonCode: "text?", rejectionNote: "text?", submittedAt: "timestamp?", createdAt: "timestamp",
      mseClass: "enum:MseClass?", localContentBps: "int?", evaluatedAt: "timestamp?", finalAt: "timestamp?",
    }),
    bidOfferItem: writer.register("BidOfferItem", { id: "int", offerId: "int", bidItemId: "int", unitPricePaise: "bigint" }),
    notification: writer.register("Notification", {
      id: "int", userId: "int", kind: "text", params: "json", title: "text", body: "text", link: "text?", readAt: "timestamp?", createdAt: "timestamp",
    }),
    feedback: writer.register("Feedback", {
      id: "int", userId: "int?", page: "text", category: "text", rating: "int?", text: "text", status: "enum:FeedbackStatus",
      reply: "text?", repliedAt: "timestamp?", repliedById: "int?", stateId: "int?", locale: "text", createdAt: "timestamp", updatedAt: "timestamp",
    }),
    auditEvent: writer.register("AuditEvent", {
      id: "bigint", actorUserId: "int?", actorRole: "text?", action: "text", entityType: "text", entityId: "text", data: "json", after: "json?",
      organisationId: "int?", sellerId: "int?", stateId: "int?", districtId: "int?", blockId: "int?", createdAt: "timestamp",
    }),
  };
  return { writer, tables };
}

export type SeedTables = ReturnType<typeof registerTables>["tables"];

export const SEEDED_TABLES = [
  "State", "District", "Block", "Ministry", "Department", "Category", "ServiceCentre", "BuyerOrganisation", "Office",
  "Seller", "SellerGstin", "User", "UserRole", "Listing", "ListingDeliveryArea", "CartItem", "Bid", "BidItem", "Order",
  "OrderItem", "OrderEvent", "Invoice", "Payment", "Rating", "BuyerRating", "Incident", "BidOffer", "BidOfferItem", "Notification",
  "Feedback", "AuditEvent", "OutreachEvent", "OutreachRegistration",
] as const;
