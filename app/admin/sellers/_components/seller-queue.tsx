import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import { formatDate } from "@/components/reporting/format-date";
import type { SellerQueueRow } from "@/lib/admin/seller-review";
import { SellerTags } from "../../_components/seller-tags";
import { VerificationBadge } from "../../_components/verification-badge";

// The queue as cards on a phone and as a table from tablet width; only one is displayed,
// so assistive technology meets each seller once.
export async function SellerQueue({ sellers, locale }: { sellers: SellerQueueRow[]; locale: string }) {
  const t = await getTranslations("adminSellers");
  if (sellers.length === 0) return <p className="rounded-lg border border-dashed border-navy-200 bg-white p-6 text-slate-700">{t("none")}</p>;
  const place = (seller: SellerQueueRow) => `${localName(locale, seller.district)}, ${localName(locale, seller.state)}`;
  return (
    <>
      <ul aria-label={t("tableCaption")} className="space-y-3 lg:hidden">
        {sellers.map((seller) => (
          <li key={seller.id} className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <Link href={`/admin/sellers/${seller.id}`} className="font-semibold text-navy-800 underline">
                {seller.legalName}
              </Link>
              <VerificationBadge status={seller.verificationStatus} />
            </div>
            <p className="mt-1 text-sm text-slate-700">
              {t(`entityType.${seller.entityType}`)} · {place(seller)}
            </p>
            <div className="mt-2">
              <SellerTags seller={seller} />
            </div>
            <p className="mt-2 flex flex-wrap justify-between gap-x-4 text-sm text-slate-700">
              <span>{t("completeness", { percent: seller.profileCompleteness })}</span>
              <span>{formatDate(locale, seller.createdAt)}</span>
            </p>
            {seller.assistedBy ? <p className="mt-1 text-sm text-slate-700">{t("assistedBy", { name: seller.assistedBy.name })}</p> : null}
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-navy-100 bg-white shadow-sm lg:block">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead className="bg-navy-50 text-sm text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">{t("columns.seller")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("columns.place")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("columns.classification")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("columns.completeness")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("columns.status")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("columns.registered")}</th>
            </tr>
          </thead>
          <tbody>
            {sellers.map((seller) => (
              <tr key={seller.id} className="border-t border-navy-100 align-top">
                <th scope="row" className="px-4 py-3 font-normal">
                  <Link href={`/admin/sellers/${seller.id}`} className="font-semibold text-navy-800 underline">
                    {seller.legalName}
                  </Link>
                  <span className="block text-sm text-slate-700">{t(`entityType.${seller.entityType}`)}</span>
                  {seller.assistedBy ? <span className="block text-sm text-slate-700">{t("assistedBy", { name: seller.assistedBy.name })}</span> : null}
                </th>
                <td className="px-4 py-3">{place(seller)}</td>
                <td className="px-4 py-3">
                  <SellerTags seller={seller} />
                </td>
                <td className="px-4 py-3 whitespace-nowrap tabular-nums">
                  <CompletenessBar percent={seller.profileCompleteness} label={t("completeness", { percent: seller.profileCompleteness })} />
                </td>
                <td className="px-4 py-3">
                  <VerificationBadge status={seller.verificationStatus} />
                </td>
                <td className="px-4 py-3 whitespace-nowrap">{formatDate(locale, seller.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function CompletenessBar({ percent, label }: { percent: number; label: string }) {
  return (
    <span className="block min-w-28">
      <span className="text-sm">{label}</span>
      <span aria-hidden="true" className="mt-1 block h-1.5 rounded-full bg-slate-200">
        <span className={`block h-1.5 rounded-full ${percent === 100 ? "bg-green-700" : "bg-amber-500"}`} style={{ width: `${percent}%` }} />
      </span>
    </span>
  );
}
