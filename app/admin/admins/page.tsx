import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/reporting/format-date";
import { listAdminUsers } from "@/lib/admin/admin-users";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { scopeLabel } from "../_components/scope-label";
import { runAdminRead } from "../_components/run-admin-read";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminUsers");
  return { title: t("title") };
}

export default async function AdminUsersPage() {
  const actor = await requirePortal("admin", "/admin/admins");
  const [t, locale, admins] = await Promise.all([getTranslations(), getLocale(), runAdminRead(() => listAdminUsers(getDatabase().db, { actor, ip: null }))]);
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
      <ul aria-label={t("adminUsers.tableCaption")} className="space-y-3 md:hidden">
        {admins.map((admin) => (
          <li key={admin.id} className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <Link href={`/admin/admins/${admin.id}`} className="font-semibold text-navy-800 underline">
                {admin.name}
              </Link>
              {status(admin.isActive)}
            </div>
            <p className="mt-1 text-sm break-all text-slate-700">{admin.email}</p>
            <p className="mt-1 text-sm text-slate-700">{admin.designation}</p>
            <p className="mt-2 font-semibold text-slate-900">{scopeLabel(t, locale, admin.scope)}</p>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-navy-100 bg-white shadow-sm md:block">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("adminUsers.tableCaption")}</caption>
          <thead className="bg-navy-50 text-sm text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">{t("adminUsers.columns.name")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("adminUsers.columns.scope")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("adminUsers.columns.status")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("adminUsers.columns.lastSignIn")}</th>
            </tr>
          </thead>
          <tbody>
            {admins.map((admin) => (
              <tr key={admin.id} className="border-t border-navy-100 align-top">
                <th scope="row" className="px-4 py-3 font-normal">
                  <Link href={`/admin/admins/${admin.id}`} className="font-semibold text-navy-800 underline">
                    {admin.name}
                  </Link>
                  {admin.id === actor.userId ? <span className="ml-2 text-sm text-slate-700">({t("adminUsers.you")})</span> : null}
                  <span className="block text-sm text-slate-700">{admin.email}</span>
                  {admin.designation ? <span className="block text-sm text-slate-700">{admin.designation}</span> : null}
                </th>
                <td className="px-4 py-3">{scopeLabel(t, locale, admin.scope)}</td>
                <td className="px-4 py-3">{status(admin.isActive)}</td>
                <td className="px-4 py-3 whitespace-nowrap">{admin.lastLoginAt ? formatDate(locale, admin.lastLoginAt, { withTime: true }) : t("adminUsers.never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
