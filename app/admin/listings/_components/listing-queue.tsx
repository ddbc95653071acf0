import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import { formatDate } from "@/components/reporting/format-date";
import type { ListingQueueRow } from "@/lib/admin/listing-review";
import { formatRupees } from "@/lib/money/format";
import { SellerTags } from "../../_components/seller-tags";

// The queue as cards on a phone and as a table from laptop width; only one is displayed,
// so assistive technology meets each listing once.
export async function ListingQueue({ listings, locale }: { listings: ListingQueueRow[]; locale: string }) {
  const t = await getTranslations("listingReview");
  if (listings.length === 0) return <p className="rounded-lg border border-dashed border-navy-200 bg-white p-6 text-slate-700">{t("none")}</p>;
  const place = (row: ListingQueueRow) => `${localName(locale, row.seller.district)}, ${localName(locale, row.seller.state)}`;
  const submitted = (row: ListingQueueRow) => formatDate(locale, row.submittedAt ?? row.createdAt, { withTime: true });
  const price = (row: ListingQueueRow) => `${formatRupees(row.pricePaise)} (${formatRupees(row.mrpPaise)})`;
  return (
    <>
      <ul aria-label={t("caption")} className="space-y-3 lg:hidden">
        {listings.map((row) => (
          <li key={row.id} className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
            <Link href={`/admin/listings/${row.id}`} className="font-semibold break-words text-navy-800 underline">
              {row.title}
            </Link>
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
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-navy-100 bg-white shadow-sm lg:block">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-navy-50 text-sm text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">{t("columns.listing")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("columns.seller")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("columns.price")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("columns.submitted")}</th>
            </tr>
          </thead>
          <tbody>
            {listings.map((row) => (
              <tr key={row.id} className="border-t border-navy-100 align-top">
                <th scope="row" className="max-w-md px-4 py-3 font-normal">
                  <Link href={`/admin/listings/${row.id}`} className="font-semibold break-words text-navy-800 underline">
                    {row.title}
                  </Link>
                  <span className="block text-sm text-slate-700">{localName(locale, row.category)}</span>
                  {row.importId ? <span className="block text-sm text-slate-700">{t("fromImport")}</span> : null}
                </th>
                <td className="px-4 py-3">
                  <span className="block">{row.seller.legalName}</span>
                  <span className="block text-sm text-slate-700">{place(row)}</span>
                  <span className="mt-1 block">
                    <SellerTags seller={row.seller} />
                  </span>
                </td>
                <td className="px-4 py-3 whitespace-nowrap tabular-nums">{price(row)}</td>
                <td className="px-4 py-3 whitespace-nowrap">{submitted(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
