import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { localName } from "@/components/portal/local-name";
import { ButtonLink } from "@/components/ui/button-link";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { formatIndianNumber } from "@/lib/money/format";
import { listAssistedSellers } from "@/lib/sellers/list-assisted-sellers";
import { orRefuse } from "@/app/_lib/or-refuse";
import { VerificationBadge } from "../_components/verification-badge";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sellerPortal.assisted");
  return { title: t("title") };
}

export default async function AssistedSellersPage() {
  await requirePortal("seller", "/seller/assisted");
  const [t, locale] = await Promise.all([getTranslations("sellerPortal.assisted"), getLocale()]);
  const { rows, total } = await orRefuse(listAssistedSellers(getDatabase().db, await actionContext()));
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
          <p className="mt-2 text-slate-700">{t("intro")}</p>
        </div>
        <ButtonLink href="/seller/assisted/new">{t("new")}</ButtonLink>
      </div>
      {rows.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-navy-100 bg-white shadow-sm">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-navy-50 text-sm text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">{t("seller")}</th>
                <th scope="col" className="hidden px-4 py-3 font-semibold sm:table-cell">{t("place")}</th>
                <th scope="col" className="px-4 py-3 text-right font-semibold">{t("completeness")}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t("status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-navy-100">
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="px-4 py-3">
                    <Link href={`/seller/assisted/${row.id}`} aria-label={t("edit", { name: row.name })} className="font-semibold text-navy-800 underline">
                      {row.name}
                    </Link>
                  </td>
                  <td className="hidden px-4 py-3 text-slate-800 sm:table-cell">{localName(locale, row.district)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{row.profileCompleteness} %</td>
                  <td className="px-4 py-3">
                    <VerificationBadge status={row.verificationStatus} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > rows.length ? <p className="text-sm text-slate-700">{t("more", { shown: formatIndianNumber(rows.length), total: formatIndianNumber(total) })}</p> : null}
    </>
  );
}
