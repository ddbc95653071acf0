import type { FeedbackStatus } from "../../lib/db/generated/enums";
import type { BuyerIndex } from "./buyers";
import type { Catalogue } from "./listings";
import { DAY_MS, HOUR_MS, scaledCount } from "./seed-config";
import type { SeedContext, StaffRef } from "./seed-context";
import type { SellerRef } from "./sellers";

// What happens around the orders: alerts to buyers about SHG products (domain.md, item 7),
// role alerts for the demo accounts, feedback from GeM Samvaad and the "Voice of Customer"
// (item 10), and a filled cart for the demo buyer.

const FEEDBACK = [
  { page: "/search", category: "search", text: "Search should understand Hindi product names such as 'jhadu' and 'kursi'." },
  { page: "/search", category: "search", text: "Filters by district would help us find local sellers faster." },
  { page: "/seller/catalogue", category: "catalogue", text: "Uploading 40 sarees one by one takes a whole day; please allow a spreadsheet upload." },
  { page: "/seller/catalogue", category: "catalogue", text: "Specification fields for handicrafts do not fit one-of-a-kind pieces." },
  { page: "/buyer/orders", category: "payments", text: "The payment due date should be visible on the order page itself." },
  { page: "/seller/orders", category: "payments", text: "Payments after acceptance of goods are still late in some departments." },
  { page: "/seller/onboarding", category: "onboarding", text: "Udyam verification failed twice though the number is correct." },
  { page: "/seller/onboarding", category: "language", text: "Training videos in Odia and Bengali would help our SHG members." },
  { page: "/market/saras-collection", category: "catalogue", text: "The SARAS collection page is good; please add more grocery items." },
  { page: "/help", category: "language", text: "The help manuals should be available in the mother tongue as e-books." },
  { page: "/buyer/cart", category: "delivery", text: "Allow one order with several consignees in different offices." },
] as const;

const REPLIES: Record<Exclude<FeedbackStatus, "NEW">, string> = {
  ACKNOWLEDGED: "Thank you; the team is looking into this.",
  PLANNED: "This is planned for an upcoming release.",
  DONE: "This has been done; please try again and tell us how it works.",
  WONT_DO: "This conflicts with the procurement rules, so it cannot be changed.",
};

export async function insertEngagement(ctx: SeedContext, buyers: BuyerIndex, sellers: SellerRef[], staff: StaffRef, catalogue: Catalogue): Promise<void> {
  const random = ctx.random.fork("engagement");
  const { tables, nowMs } = ctx;
  // params fill the kind's message (notifications.kinds.<kind>), so the portal shows it in Hindi too.
  const notify = (userId: number, kind: string, text: { title: string; body: string; params?: Record<string, string> }, link: string, ageHours: number, isRead: boolean) => {
    const createdAt = nowMs - Math.round(ageHours * HOUR_MS);
    tables.notification.push({ id: tables.notification.nextId(), userId, kind, params: text.params ?? {}, title: text.title, body: text.body, link, readAt: isRead ? createdAt + HOUR_MS : null, createdAt });
  };

  // SHG product alerts to a fifth of the buyers, and to every demo buyer-side user.
  const shgSellers = sellers.filter((seller) => seller.isShg && seller.status === "VERIFIED");
  for (const organisation of buyers.organisations) {
    const isDemo = organisation.id === buyers.demo.id;
    if (!isDemo && !random.chance(0.2)) continue;
    const shg = shgSellers.length > 0 ? random.pick(shgSellers) : null;
    const text = shg
      ? { params: { sellerName: shg.displayName, district: shg.district.name, state: shg.state.name }, body: `${shg.displayName} (${shg.district.name}, ${shg.state.name}) has new products in the SARAS collection.` }
      : { body: "New SHG products are available in the SARAS collection." };
    notify(organisation.buyerUserId, "SHG_PRODUCTS_AVAILABLE", { title: "New products from self-help groups", ...text }, "/market/saras-collection", random.int(1, 2_000), random.chance(0.6));
    await ctx.writer.flushIfFull();
  }
  const demo = buyers.demo;
  notify(demo.consigneeUserId, "DELIVERY_TO_RECEIVE", { title: "Goods delivered: record receipt", body: "Record the provisional receipt for orders delivered to your office." }, "/buyer", 5, false);
  notify(demo.payingUserId, "PAYMENT_DUE", { title: "Invoices due for payment", body: "Pay invoiced orders within 10 days of acceptance of goods to avoid interest." }, "/buyer", 20, false);
  notify(demo.primaryUserId, "MSE_TARGET", { title: "MSE procurement this year", body: "Check your organisation's share of purchases from micro and small enterprises against the 25 % target." }, "/buyer", 48, true);
  for (const facilitator of staff.facilitators.slice(0, 40)) {
    notify(facilitator.userId, "ASSISTED_ONBOARDING", { title: "Sellers waiting for assistance", body: "Artisans and SHGs in your area have started registration and need help to complete it." }, "/seller/assisted", random.int(2, 300), random.chance(0.5));
  }
  for (const adminId of [...staff.nationalAdminIds, ...staff.stateAdminIdByState.values()]) {
    notify(adminId, "LISTINGS_PENDING", { title: "Listings awaiting approval", body: "New listings are waiting for catalogue review." }, "/admin/listings", random.int(1, 72), false);
  }

  const feedbackCount = scaledCount(300, ctx.scale, 40);
  for (let index = 0; index < feedbackCount; index++) {
    const fromSeller = random.chance(0.5);
    const seller = fromSeller ? random.pick(sellers) : null;
    const organisation = random.pick(buyers.organisations);
    const item = random.pick(FEEDBACK);
    const status = random.weighted([["NEW", 40], ["ACKNOWLEDGED", 25], ["PLANNED", 15], ["DONE", 12], ["WONT_DO", 8]] as const);
    const createdAt = nowMs - random.int(1, 540) * DAY_MS - random.int(0, 23) * HOUR_MS;
    const repliedAt = status === "NEW" ? null : Math.min(createdAt + random.int(1, 30) * DAY_MS, nowMs);
    tables.feedback.push({
      id: tables.feedback.nextId(), userId: seller ? seller.adminUserId : organisation.buyerUserId, page: item.page, category: item.category,
      rating: random.chance(0.8) ? random.int(1, 5) : null, text: item.text, status, reply: status === "NEW" ? null : REPLIES[status],
      repliedAt, repliedById: repliedAt === null ? null : staff.nationalAdminIds[index % staff.nationalAdminIds.length]!, stateId: seller ? seller.state.id : organisation.officeStateId,
      locale: "en", createdAt, updatedAt: repliedAt ?? createdAt,
    });
  }

  const demoSeller = sellers.find((seller) => seller.isDemo && seller.kind === "GENERAL");
  for (const listingId of random.sample(catalogue.approvedBySeller.get(demoSeller?.id ?? 0) ?? [], 3)) {
    tables.cartItem.push({ id: tables.cartItem.nextId(), userId: demo.buyerUserId, listingId, quantity: (catalogue.minOrderQuantity[listingId] ?? 1) * random.int(1, 5), createdAt: nowMs - random.int(1, 48) * HOUR_MS });
  }
}
