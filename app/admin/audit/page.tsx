import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listAuditEvents } from "@/lib/admin/audit-log";
import { AuditFiltersSchema } from "@/lib/admin/schemas";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { FilterForm, FilterInput } from "../_components/filter-controls";
import { readSearchParams, withParam, type SearchParams } from "../_components/search-params";
import { AuditEvents } from "./_components/audit-events";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminAudit");
  return { title: t("title") };
}

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePortal("admin", "/admin/audit");
  const params = await readSearchParams(searchParams);
  const filters = AuditFiltersSchema.parse(params);
  const [t, locale, log] = await Promise.all([getTranslations(), getLocale(), listAuditEvents(getDatabase().db, { actor, ip: null }, filters)]);
  const linkClass = "inline-flex min-h-11 items-center rounded-md border border-navy-700 bg-white px-4 font-semibold text-navy-800 hover:bg-navy-50";

  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("adminAudit.title")}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("adminAudit.intro")}</p>
      </div>
      <FilterForm legend={t("adminPortal.filters")} action="/admin/audit" submitLabel={t("adminPortal.applyFilters")} clearLabel={t("adminPortal.clearFilters")}>
        <FilterInput name="from" type="date" label={t("adminAudit.filters.from")} value={filters.from} />
        <FilterInput name="to" type="date" label={t("adminAudit.filters.to")} value={filters.to} />
        <FilterInput name="action" label={t("adminAudit.filters.action")} value={filters.action} />
        <FilterInput name="entityType" label={t("adminAudit.filters.entityType")} value={filters.entityType} />
        <FilterInput name="actorEmail" type="email" label={t("adminAudit.filters.actorEmail")} value={filters.actorEmail} />
        <FilterInput name="entityId" label={t("adminAudit.filters.entityId")} value={filters.entityId} />
      </FilterForm>
      <section aria-labelledby="audit-events" className="space-y-4">
        <h2 id="audit-events" className="text-xl font-bold text-navy-900">
          {t("adminAudit.tableCaption")}
        </h2>
        <AuditEvents events={log.events} locale={locale} />
        <nav aria-label={t("adminPortal.pagination")} className="flex flex-wrap justify-between gap-3">
          {filters.cursor ? (
            <Link href={withParam("/admin/audit", params, "cursor", null)} className={linkClass}>
              {t("adminAudit.newest")}
            </Link>
          ) : (
            <span />
          )}
          {log.nextCursor ? (
            <Link href={withParam("/admin/audit", params, "cursor", log.nextCursor)} className={linkClass} rel="next">
              {t("adminAudit.older")}
            </Link>
          ) : null}
        </nav>
      </section>
    </>
  );
}
