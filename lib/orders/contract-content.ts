import "server-only";
import { TIME_ZONE } from "../i18n/locales";
import { formatRupees } from "../money/format";
import type { Translate } from "../notifications/translator";
import { GOODS_ACCEPTANCE_DAYS, INCIDENT_ESCALATION_DAYS, PAYMENT_DUE_DAYS, SELLER_RESPONSE_DAYS } from "./buying-rules";
import type { Contract } from "./contract";

// The contract's words and figures in one language, laid out once for both the printable
// page and the PDF: heading, the parties' blocks, the item table, totals and terms.
export type ContractContent = {
  title: string;
  subtitle: string;
  facts: [string, string][];
  blocks: { heading: string; lines: string[] }[];
  itemsHeading: string;
  itemsCaption: string;
  columns: string[];
  rows: string[][];
  totals: [string, string][];
  notes: string[];
  termsHeading: string;
  terms: string[];
  footer: string;
};

type Person = { name: string; designation: string | null };
const person = (p: Person) => (p.designation ? `${p.name}, ${p.designation}` : p.name);

export function contractContent(contract: Contract, t: Translate, locale: string, now: Date): ContractContent {
  const date = (value: Date) => new Intl.DateTimeFormat(locale === "hi" ? "hi-IN" : "en-IN", { dateStyle: "medium", timeZone: TIME_ZONE }).format(value);
  const money = (paise: bigint) => formatRupees(paise, { withPaise: true });
  const { parties } = contract;
  const seller = parties.seller;
  const buyer = parties.buyerOrganisation;
  const gstin = seller.gstins[0]?.gstin;
  const optional = (condition: unknown, line: () => string) => (condition ? [line()] : []);
  return {
    title: t("contract.title", { number: contract.number }),
    subtitle: t("contract.subtitle"),
    facts: [
      [t("contract.number"), contract.number],
      [t("contract.date"), date(contract.placedAt)],
      [t("contract.mode"), t(`cart.modes.${contract.buyingMode}.name`)],
      [t("contract.status"), t(`orderStatus.${contract.status}`)],
    ],
    blocks: [
      {
        heading: t("contract.buyer"),
        lines: [
          buyer.name,
          ...optional(buyer.department.ministry, () => t("contract.ministry", { name: buyer.department.ministry!.name })),
          t("contract.department", { name: buyer.department.name }),
          t("contract.placedBy", { name: person(contract.buyerUser) }),
          t("contract.payingAuthority", { name: person(contract.payingAuthorityUser) }),
          ...optional(contract.budgetHead, () => t("contract.budgetHead", { head: contract.budgetHead! })),
          ...optional(contract.sanctionReference, () => t("contract.sanction", { reference: contract.sanctionReference! })),
        ],
      },
      {
        heading: t("contract.seller"),
        lines: [
          seller.tradeName && seller.tradeName !== seller.legalName ? `${seller.legalName} (${seller.tradeName})` : seller.legalName,
          t("contract.address", { address: seller.addressLine, district: seller.district.name, state: seller.state.name, pincode: seller.pincode }),
          ...optional(gstin, () => t("contract.gstin", { gstin: gstin! })),
          ...optional(seller.udyamNumber, () => t("contract.udyam", { number: seller.udyamNumber! })),
        ],
      },
      {
        heading: t("contract.delivery"),
        lines: [
          t("contract.consignee", { name: person(contract.consigneeUser) }),
          t("contract.deliverTo", { address: contract.deliveryAddress }),
          ...optional(contract.deliveryDueAt, () => t("contract.deliverBy", { date: date(contract.deliveryDueAt!) })),
        ],
      },
    ],
    itemsHeading: t("contract.items"),
    itemsCaption: t("contract.itemsCaption"),
    columns: ["no", "item", "quantity", "unitPrice", "value", "gstRate", "gst", "total"].map((key) => t(`contract.columns.${key}`)),
    rows: contract.items.map((item, index) => [
      String(index + 1),
      item.title,
      String(item.quantity),
      money(item.unitPricePaise),
      money(item.unitPricePaise * BigInt(item.quantity)),
      `${item.gstRateBps / 100} %`,
      money(item.taxPaise),
      money(item.totalPaise),
    ]),
    totals: [
      [t("orders.valueBeforeGst"), money(contract.subtotalPaise)],
      [t("orders.gst"), money(contract.taxPaise)],
      [t("orders.total"), money(contract.totalPaise)],
    ],
    notes: optional(contract.l1DeviationReason, () => t("contract.l1Reason", { reason: contract.l1DeviationReason! })),
    termsHeading: t("contract.terms"),
    terms: [
      t("contract.term1", { days: SELLER_RESPONSE_DAYS }),
      t("contract.term2"),
      t("contract.term3", { days: GOODS_ACCEPTANCE_DAYS }),
      t("contract.term4", { days: PAYMENT_DUE_DAYS }),
      t("contract.term5", { days: INCIDENT_ESCALATION_DAYS }),
    ],
    footer: t("contract.generated", { date: date(now) }),
  };
}
