// The guides that pages link to where the question arises ("How do I accept goods?" beside the
// acceptance form): topic -> guide slug. The content test checks each slug exists in English
// and Hindi; the link text is help.links.<topic>.
export const HELP_TOPICS = {
  registerSeller: "register-as-seller",
  listProduct: "list-a-product",
  bidOffer: "take-part-in-a-bid",
  fulfilOrder: "fulfil-an-order",
  placeOrder: "place-an-order",
  acceptGoods: "accept-goods",
  payInvoice: "pay-a-seller",
} as const;

export type HelpTopic = keyof typeof HELP_TOPICS;

export function guideHref(slug: string, language?: string): string {
  return `/help/guides/${slug}${language ? `?lang=${language}` : ""}`;
}
