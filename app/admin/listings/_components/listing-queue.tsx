import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CardTable } from "@/components/portal/card-table";
import { localName } from "@/components/portal/local-name";
import { formatDate } from "@/components/reporting/format-date";
import type { ListingQueueRow } from "@/lib/admin/listing-review";
import { formatRupees } from "@/lib/money/format";
import { SellerTags } from "../../_components/seller-tags";
import { EmptyState } from "@/components/ui/empty-state";

export async function ListingQueue({ listings, locale }: { listings: ListingQueueRow[]; locale: string }) {
  const t = await getTranslations("listingReview");
  if (listings.length === 0) return <EmptyState>{t("none")}</EmptyState>;
  const place = (row: ListingQueueRow) => `${localName(locale, row.seller.district)}, ${localName(locale, row.seller.state)}`;
  const submitted = (row: ListingQueueRow) => formatDate(locale, row.submittedAt ?? row.createdAt, { withTime: true });
  const price = (row: ListingQueueRow) => `${formatRupees(row.pricePaise)} (${formatRupees(row.mrpPaise)})`;
  const title = (row: ListingQueueRow) => (
    <Link href={`/admin/listings/${row.id}`} className="font-semibold break-words text-navy-800 underline">
      {row.title}
    </Link>
  );
  return (
    <CardTable
      caption={t("caption")}
      rows={listings}
      rowKey={(row) => row.id}
      card={(row) => (
        <>
          {title(row)}
          <p className="mt-1 text-sm text-slate-700">{localName(locale, row.category)}</p>
          <p className="mt-1 font-semibold tabular-nums text-slate-900">{price(row)}</p>
          <p className="mt-2 text-sm text-slate-700">
            {row.seller.legalName} · {place(row)}
          </p>
          <div className="mt-2">
            <SellerTags seller={row.seller} />
          </div>
          <p className="mt-2 text-sm text-slate-700">
            {t("columns.submitted")}: {submitted(row)}
            {row.importId ? ` · ${t("fromImport")}` : ""}
          </p>
        </>
      )}
      columns={[
        {
          header: t("columns.listing"),
          className: "max-w-md",
          cell: (row) => (
            <>
              {title(row)}
              <span className="block text-sm text-slate-700">{localName(locale, row.category)}</span>
              {row.importId ? <span className="block text-sm text-slate-700">{t("fromImport")}</span> : null}
            </>
          ),
        },
        {
          header: t("columns.seller"),
          cell: (row) => (
            <>
              <span className="block">{row.seller.legalName}</span>
              <span className="block text-sm text-slate-700">{place(row)}</span>
              <span className="mt-1 block">
                <SellerTags seller={row.seller} />
              </span>
            </>
          ),
        },
        { header: t("columns.price"), className: "whitespace-nowrap tabular-nums", cell: price },
        { header: t("columns.submitted"), className: "whitespace-nowrap", cell: submitted },
      ]}
    />
  );
}
