import { getTranslations } from "next-intl/server";
import { CardTable } from "@/components/portal/card-table";
import { SectionHeading } from "@/components/portal/section-heading";
import type { PublicBid } from "@/lib/bids/public-bids";
import { formatIndianNumber } from "@/lib/money/format";

type Item = PublicBid["bid"]["items"][number];

// What is bought: each line with its quantity and the specifications offers must meet.
export async function BidItems({ items }: { items: Item[] }) {
  const t = await getTranslations("publicBids.detail.items");
  const quantity = (item: Item) => `${formatIndianNumber(item.quantity)} ${item.unit}`;
  const specifications = (item: Item) =>
    item.specifications.length === 0 ? (
      <span className="text-slate-700">{t("noSpecifications")}</span>
    ) : (
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {item.specifications.map((spec) => (
          <div key={spec.name} className="contents">
            <dt className="text-slate-700">{spec.name}</dt>
            <dd className="text-slate-900">{spec.value}</dd>
          </div>
        ))}
      </dl>
    );
  return (
    <section aria-labelledby="bid-items">
      <SectionHeading id="bid-items">{t("title")}</SectionHeading>
      <CardTable
        caption={t("caption")}
        rows={items}
        rowKey={(item) => item.id}
        tableFrom="md"
        card={(item) => (
          <>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-semibold text-slate-900">{item.title}</span>
              <span className="tabular-nums">{quantity(item)}</span>
            </div>
            <div className="mt-2">{specifications(item)}</div>
          </>
        )}
        columns={[
          { header: t("item"), cell: (item) => <span className="font-semibold">{item.title}</span> },
          { header: t("quantity"), className: "whitespace-nowrap tabular-nums", cell: quantity },
          { header: t("specifications"), cell: specifications },
        ]}
      />
    </section>
  );
}
