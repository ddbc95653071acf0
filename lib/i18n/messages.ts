import type { Locale } from "./locales";
import enAccount from "./messages/en/account.json";
import enAdmin from "./messages/en/admin.json";
import enApi from "./messages/en/api.json";
import enAuction from "./messages/en/auction.json";
import enBids from "./messages/en/bids.json";
import enBuyerBids from "./messages/en/buyerBids.json";
import enBuyers from "./messages/en/buyers.json";
import enCart from "./messages/en/cart.json";
import enCatalogue from "./messages/en/catalogue.json";
import enCatalogueWorkflow from "./messages/en/catalogueWorkflow.json";
import enCommon from "./messages/en/common.json";
import enDashboards from "./messages/en/dashboards.json";
import enFeedback from "./messages/en/feedback.json";
import enForms from "./messages/en/forms.json";
import enHelp from "./messages/en/help.json";
import enInclusion from "./messages/en/inclusion.json";
import enListings from "./messages/en/listings.json";
import enMarkets from "./messages/en/markets.json";
import enOrderLifecycle from "./messages/en/orderLifecycle.json";
import enOutreach from "./messages/en/outreach.json";
import enProduct from "./messages/en/product.json";
import enPublicBids from "./messages/en/publicBids.json";
import enReports from "./messages/en/reports.json";
import enSearch from "./messages/en/search.json";
import enSellerBids from "./messages/en/sellerBids.json";
import enSellerOrders from "./messages/en/sellerOrders.json";
import enSellers from "./messages/en/sellers.json";
import enStatistics from "./messages/en/statistics.json";

// Messages are split by area (one file per area and language, each with its own top-level
// namespaces) so that work on one area never edits another's file. English is the reference.
export const MESSAGE_AREAS = ["account", "admin", "api", "auction", "bids", "buyerBids", "buyers", "cart", "catalogue", "catalogueWorkflow", "common", "dashboards", "feedback", "forms", "help", "inclusion", "listings", "markets", "orderLifecycle", "outreach", "product", "publicBids", "reports", "search", "sellerBids", "sellerOrders", "sellers", "statistics"] as const;

export type Messages = typeof enAccount &
  typeof enAdmin &
  typeof enApi &
  typeof enAuction &
  typeof enBids &
  typeof enBuyerBids &
  typeof enBuyers &
  typeof enCart &
  typeof enCatalogue &
  typeof enCatalogueWorkflow &
  typeof enCommon &
  typeof enDashboards &
  typeof enFeedback &
  typeof enForms &
  typeof enHelp &
  typeof enInclusion &
  typeof enListings &
  typeof enMarkets &
  typeof enOrderLifecycle &
  typeof enOutreach &
  typeof enProduct &
  typeof enPublicBids &
  typeof enReports &
  typeof enSearch &
  typeof enSellerBids &
  typeof enSellerOrders &
  typeof enSellers &
  typeof enStatistics;

export async function loadAreaMessages(locale: Locale): Promise<Record<(typeof MESSAGE_AREAS)[number], object>> {
  const entries = await Promise.all(
    MESSAGE_AREAS.map(async (area) => [area, (await import(`./messages/${locale}/${area}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Record<(typeof MESSAGE_AREAS)[number], object>;
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  return Object.assign({}, ...Object.values(await loadAreaMessages(locale))) as Messages;
}
