import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/portal/pagination";
import { Button } from "@/components/ui/button";
import { listOrganisationsForReview } from "@/lib/admin/list-organisations-for-review";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { VerificationStatus } from "@/lib/db/generated/enums";
import { formatIndianNumber } from "@/lib/money/format";
import { OrganisationsTable } from "./_components/organisations-table";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organisationReview");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrganisationsPage({ searchParams }: Props) {
  const actor = await requirePortal("admin", "/admin/organisations");
  const params = await searchParams;
  const status = Object.values(VerificationStatus).find((candidate) => candidate === params.status) ?? "PENDING";
  const page = Math.max(1, Number.parseInt(typeof params.page === "string" ? params.page : "1", 10) || 1);
  const [t, tStatus, list] = await Promise.all([
    getTranslations("organisationReview"),
    getTranslations("verificationStatus"),
    listOrganisationsForReview(getDatabase().db, { actor, ip: null }, { status, page }),
  ]);
  const pageHref = (target: number) => `/admin/organisations?status=${status}&page=${target}`;
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
        <div>
          <label htmlFor="status-filter" className="block font-semibold text-slate-900">
            {t("statusFilter")}
          </label>
          <select id="status-filter" name="status" defaultValue={status} className="mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2">
            {Object.values(VerificationStatus).map((candidate) => (
              <option key={candidate} value={candidate}>
                {tStatus(candidate)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </form>
      <section aria-labelledby="organisations-heading" className="space-y-4">
        <h2 id="organisations-heading" className="text-xl font-bold text-navy-900">
          {t("count", { status: tStatus(status), count: list.total, formatted: formatIndianNumber(list.total) })}
        </h2>
        {list.rows.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <OrganisationsTable rows={list.rows} caption={t("caption")} />
        )}
        <Pagination page={page} pageCount={list.pageCount} hrefFor={pageHref} messages="organisationReview" />
      </section>
    </>
  );
}
