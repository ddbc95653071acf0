import { getLocale, getTranslations } from "next-intl/server";
import { OfferStatusBadge } from "@/components/bids/bid-status-badge";
import { CardTable } from "@/components/portal/card-table";
import { localName } from "@/components/portal/local-name";
import { SectionHeading } from "@/components/portal/section-heading";
import { formatDate } from "@/components/reporting/format-date";
import { Card } from "@/components/ui/card";
import type { PublicBidResult } from "@/lib/bids/public-bids";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";

type Participant = PublicBidResult["participants"][number];

// After the award, the whole result: every evaluated offer (prices only for qualified ones),
// then each order the award placed and why that seller won it.
export async function BidResult({ result, awardedAt }: { result: PublicBidResult; awardedAt: Date | null }) {
  const [t, tb, locale] = await Promise.all([getTranslations("publicBids.detail.result"), getTranslations("bids"), getLocale()]);
  const money = (paise: bigint) => formatRupees(paise, { withPaise: true });
  const yesNo = (value: boolean) => (value ? t("yes") : t("no"));
  const rank = (row: Participant) => (row.rank === null ? "–" : t("rankValue", { rank: row.rank }));
  const sealed = (row: Participant) => (row.prices ? money(row.prices.sealedPaise) : <span className="text-slate-700">{t("notPublished")}</span>);
  const final = (row: Participant) => (row.prices ? (row.prices.finalPaise === null ? <span className="text-slate-700">{t("didNotBid")}</span> : money(row.prices.finalPaise)) : <span className="text-slate-700">{t("notPublished")}</span>);
  const evaluation = (row: Participant) =>
    row.rejection ? (
      <>
        <OfferStatusBadge status="DISQUALIFIED" />
        <span className="mt-1 block text-sm font-semibold text-slate-900">{tb(`rejectionReasons.${row.rejection.reason}`)}</span>
        {row.rejection.note ? <span className="block text-sm text-slate-800">{t("buyerNote", { note: row.rejection.note })}</span> : null}
      </>
    ) : (
      <OfferStatusBadge status="QUALIFIED" />
    );
  const seller = (row: Participant) => (
    <>
      <span className="block font-semibold text-slate-900">{row.sellerName}</span>
      <span className="block text-sm text-slate-700">{localName(locale, row.state)}</span>
    </>
  );
  return (
    <section aria-labelledby="bid-result" className="space-y-6">
      <div>
        <h2 id="bid-result" className="text-2xl font-bold text-navy-900">
          {t("title")}
        </h2>
        {awardedAt ? <p className="mt-1 text-slate-800">{t("summary", { date: formatDate(locale, awardedAt), orders: result.orders.length, value: money(result.awardedValuePaise) })}</p> : null}
      </div>
      <div>
        <SectionHeading id="bid-participants" note={t("pricesNote")}>
          {t("participantsTitle")}
        </SectionHeading>
        <CardTable
          caption={t("participantsCaption")}
          rows={result.participants}
          rowKey={(row) => row.offerId}
          card={(row) => (
            <>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>{seller(row)}</div>
                {row.rank === null ? null : <span className="font-bold text-navy-900">{rank(row)}</span>}
              </div>
              <p className="mt-2 text-sm text-slate-800">
                {t("mse")}: {yesNo(row.isMse)} · {t("classI")}: {yesNo(row.isClassI)}
              </p>
              <div className="mt-2">{evaluation(row)}</div>
              {row.prices ? (
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  <dt className="text-slate-700">{t("sealedTotal")}</dt>
                  <dd className="text-right font-semibold tabular-nums">{sealed(row)}</dd>
                  {result.auctionRan ? (
                    <>
                      <dt className="text-slate-700">{t("finalTotal")}</dt>
                      <dd className="text-right font-semibold tabular-nums">{final(row)}</dd>
                    </>
                  ) : null}
                </dl>
              ) : null}
            </>
          )}
          columns={[
            { header: t("seller"), cell: seller },
            { header: t("rank"), className: "whitespace-nowrap", cell: rank },
            { header: t("mse"), cell: (row) => yesNo(row.isMse) },
            { header: t("classI"), cell: (row) => yesNo(row.isClassI) },
            { header: t("evaluation"), cell: evaluation },
            { header: t("sealedTotal"), className: "text-right whitespace-nowrap tabular-nums", cell: sealed },
            ...(result.auctionRan ? [{ header: t("finalTotal"), className: "text-right whitespace-nowrap tabular-nums", cell: final }] : []),
          ]}
        />
      </div>
      <div>
        <SectionHeading id="bid-award" note={t("awardIntro")}>
          {t("awardTitle")}
        </SectionHeading>
        <ul className="space-y-4">
          {result.orders.map((order) => (
            <li key={order.number}>
              <Card as="article" aria-labelledby={`order-${order.number}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={`order-${order.number}`} className="text-lg font-bold break-all text-navy-900">
                    {t("order", { number: order.number })}
                  </h3>
                  <span className="font-semibold tabular-nums">{money(order.totalPaise)}</span>
                </div>
                <p className="mt-1 font-semibold text-slate-900">{order.sellerName}</p>
                <p className="mt-1 text-slate-800">
                  <span className="font-semibold">{t("why")}: </span>
                  {order.reasons.length > 0 ? order.reasons.map((reason) => tb(`awardReasons.${reason}`)).join("; ") : t("noReason")}
                </p>
                <table className="mt-3 w-full border-collapse text-left text-sm">
                  <caption className="sr-only">{t("itemsCaption", { number: order.number })}</caption>
                  <thead className="text-slate-700">
                    <tr className="border-b border-navy-100">
                      <th scope="col" className="py-1 pr-3 font-semibold">{t("orderItem")}</th>
                      <th scope="col" className="py-1 pr-3 text-right font-semibold">{t("orderQuantity")}</th>
                      <th scope="col" className="py-1 text-right font-semibold">{t("orderTotal")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {order.items.map((item, index) => (
                      <tr key={`${item.title}-${index}`} className="border-b border-navy-50 align-top">
                        <th scope="row" className="py-1 pr-3 font-normal">{item.title}</th>
                        <td className="py-1 pr-3 text-right tabular-nums">{formatIndianNumber(item.quantity)}</td>
                        <td className="py-1 text-right whitespace-nowrap tabular-nums">{money(item.totalPaise)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Card>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
