import { randomBytes } from "node:crypto";
import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/components/forms/zod-form";
import { FormCard } from "@/components/portal/form-card";
import { DataTable } from "@/components/ui/data-table";
import { actionContext } from "@/app/_lib/action-context";
import { previewAward } from "@/lib/bids/award-bid";
import type { BidDetails } from "@/lib/bids/bid-views";
import type { OfferRow } from "@/lib/bids/sealed-offers";
import { getDatabase } from "@/lib/db/client";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import { eligiblePayingAuthorities } from "@/lib/orders/order-roles";
import { AwardForm } from "./award-form";
import { sellerName } from "./seller-name";

// The award: the rules that decide it on this bid, what they come to on the qualified offers
// (the same plan the award carries out), and the paying authority and budget head of the
// orders it places.
export async function AwardSection({ bid, offers, buyerUserId, action }: { bid: BidDetails; offers: OfferRow[]; buyerUserId: number; action: FormAction }) {
  const [t, reasons] = await Promise.all([getTranslations("buyerBids.award"), getTranslations("bids.awardReasons")]);
  const { db } = getDatabase();
  const [plan, payers] = await Promise.all([
    previewAward(db, await actionContext(), bid.id),
    eligiblePayingAuthorities(db, bid.buyerOrganisationId, { buyerUserId, consigneeUserId: bid.consignee?.id }),
  ]);
  const sellerOf = (offerId: number) => {
    const offer = offers.find((candidate) => candidate.id === offerId);
    return offer ? sellerName(offer.seller) : "—";
  };
  const rules = [t("ruleL1"), bid.hasMakeInIndiaPreference ? t("ruleClassI") : null, bid.hasMsePreference ? t("ruleMse") : null].filter((rule) => rule !== null);
  return (
    <FormCard id="bid-award" title={t("title")} level={2}>
      <div className="space-y-4">
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          {rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
        <h3 className="text-lg font-bold text-navy-900">{t("plan")}</h3>
        <DataTable
          caption={t("planCaption")}
          named={false}
          rows={plan}
          rowKey={(line) => `${line.offerId}:${line.itemId}`}
          columns={[
            { header: t("seller"), cell: (line) => sellerOf(line.offerId) },
            { header: t("item"), cell: (line) => bid.items.find((item) => item.id === line.itemId)?.title ?? "—" },
            { header: t("quantity"), numeric: true, cell: (line) => formatIndianNumber(line.quantity) },
            { header: t("amount"), numeric: true, cell: (line) => formatRupees(line.linePaise, { withPaise: true }) },
            { header: t("reason"), cell: (line) => reasons(line.reason) },
          ]}
        />
        {payers.length === 0 ? <p className="font-semibold text-amber-900">{t("noPayers")}</p> : null}
        <AwardForm
          bidId={bid.id}
          idempotencyKey={randomBytes(18).toString("base64url")}
          payingAuthorities={payers.map((person) => ({ value: String(person.id), label: person.designation ? `${person.name}, ${person.designation}` : person.name }))}
          action={action}
        />
      </div>
    </FormCard>
  );
}
