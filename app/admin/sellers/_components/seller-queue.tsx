import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CardTable } from "@/components/portal/card-table";
import { localName } from "@/components/portal/local-name";
import { formatDate } from "@/components/reporting/format-date";
import type { SellerQueueRow } from "@/lib/admin/seller-review";
import { SellerTags } from "../../_components/seller-tags";
import { VerificationBadge } from "../../_components/verification-badge";
import { EmptyState } from "@/components/ui/empty-state";

export async function SellerQueue({ sellers, locale }: { sellers: SellerQueueRow[]; locale: string }) {
  const t = await getTranslations("adminSellers");
  if (sellers.length === 0) return <EmptyState>{t("none")}</EmptyState>;
  const place = (seller: SellerQueueRow) => `${localName(locale, seller.district)}, ${localName(locale, seller.state)}`;
  const name = (seller: SellerQueueRow) => (
    <Link href={`/admin/sellers/${seller.id}`} className="font-semibold text-navy-800 underline">
      {seller.legalName}
    </Link>
  );
  const assisted = (seller: SellerQueueRow) => (seller.assistedBy ? t("assistedBy", { name: seller.assistedBy.name }) : null);
  return (
    <CardTable
      caption={t("tableCaption")}
      rows={sellers}
      rowKey={(seller) => seller.id}
      card={(seller) => (
        <>
          <div className="flex flex-wrap items-start justify-between gap-2">
            {name(seller)}
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
          {assisted(seller) ? <p className="mt-1 text-sm text-slate-700">{assisted(seller)}</p> : null}
        </>
      )}
      columns={[
        {
          header: t("columns.seller"),
          cell: (seller) => (
            <>
              {name(seller)}
              <span className="block text-sm text-slate-700">{t(`entityType.${seller.entityType}`)}</span>
              {assisted(seller) ? <span className="block text-sm text-slate-700">{assisted(seller)}</span> : null}
            </>
          ),
        },
        { header: t("columns.place"), cell: place },
        { header: t("columns.classification"), cell: (seller) => <SellerTags seller={seller} /> },
        {
          header: t("columns.completeness"),
          className: "whitespace-nowrap tabular-nums",
          cell: (seller) => <CompletenessBar percent={seller.profileCompleteness} label={t("completeness", { percent: seller.profileCompleteness })} />,
        },
        { header: t("columns.status"), cell: (seller) => <VerificationBadge status={seller.verificationStatus} /> },
        { header: t("columns.registered"), className: "whitespace-nowrap", cell: (seller) => formatDate(locale, seller.createdAt) },
      ]}
    />
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
