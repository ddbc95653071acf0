import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CardTable } from "@/components/portal/card-table";
import { ButtonLink } from "@/components/ui/button-link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/reporting/format-date";
import { listAdminUsers } from "@/lib/admin/admin-users";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { scopeLabel } from "../_components/scope-label";
import { orRefuse } from "@/app/_lib/or-refuse";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminUsers");
  return { title: t("title") };
}

export default async function AdminUsersPage() {
  const actor = await requirePortal("admin", "/admin/admins");
  const [t, locale, admins] = await Promise.all([getTranslations(), getLocale(), orRefuse(listAdminUsers(getDatabase().db, { actor, ip: null }))]);
  const name = (admin: (typeof admins)[number]) => (
    <Link href={`/admin/admins/${admin.id}`} className="font-semibold text-navy-800 underline">
      {admin.name}
    </Link>
  );
  const status = (isActive: boolean) => <Badge tone={isActive ? "success" : "neutral"}>{t(isActive ? "adminUsers.active" : "adminUsers.inactive")}</Badge>;

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-navy-900">{t("adminUsers.title")}</h1>
          <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("adminUsers.intro")}</p>
        </div>
        <ButtonLink href="/admin/admins/new">{t("adminUsers.add")}</ButtonLink>
      </div>
      <CardTable
        caption={t("adminUsers.tableCaption")}
        rows={admins}
        rowKey={(admin) => admin.id}
        tableFrom="md"
        card={(admin) => (
          <>
            <div className="flex flex-wrap items-start justify-between gap-2">
              {name(admin)}
              {status(admin.isActive)}
            </div>
            <p className="mt-1 text-sm break-all text-slate-700">{admin.email}</p>
            <p className="mt-1 text-sm text-slate-700">{admin.designation}</p>
            <p className="mt-2 font-semibold text-slate-900">{scopeLabel(t, locale, admin.scope)}</p>
          </>
        )}
        columns={[
          {
            header: t("adminUsers.columns.name"),
            cell: (admin) => (
              <>
                {name(admin)}
                {admin.id === actor.userId ? <span className="ml-2 text-sm text-slate-700">({t("adminUsers.you")})</span> : null}
                <span className="block text-sm text-slate-700">{admin.email}</span>
                {admin.designation ? <span className="block text-sm text-slate-700">{admin.designation}</span> : null}
              </>
            ),
          },
          { header: t("adminUsers.columns.scope"), cell: (admin) => scopeLabel(t, locale, admin.scope) },
          { header: t("adminUsers.columns.status"), cell: (admin) => status(admin.isActive) },
          {
            header: t("adminUsers.columns.lastSignIn"),
            className: "whitespace-nowrap",
            cell: (admin) => (admin.lastLoginAt ? formatDate(locale, admin.lastLoginAt, { withTime: true }) : t("adminUsers.never")),
          },
        ]}
      />
    </>
  );
}
