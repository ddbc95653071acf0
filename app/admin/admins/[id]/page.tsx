import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RecordHeader } from "@/components/portal/record-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/components/reporting/format-date";
import { getAdminUser } from "@/lib/admin/admin-users";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { listPlaces } from "@/lib/geography/places";
import { DetailList } from "@/components/portal/detail-list";
import { orRefuse } from "@/app/_lib/or-refuse";
import { scopeLabel } from "../../_components/scope-label";
import { changeAdminScopeAction, setAdminActiveAction } from "../actions";
import { ChangeScopeForm } from "../_components/change-scope-form";
import { SetActiveForm } from "../_components/set-active-form";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

const DONE_MESSAGES: Record<string, string> = {
  created: "adminUsers.created",
  scopeSaved: "adminUsers.detail.scopeSaved",
  deactivated: "adminUsers.detail.deactivated",
  reactivated: "adminUsers.detail.reactivated",
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminUsers");
  return { title: t("title") };
}

export default async function AdminUserPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const actor = await requirePortal("admin", `/admin/admins/${id}`);
  const userId = Number(id);
  if (!Number.isSafeInteger(userId) || userId <= 0) notFound();
  const { db } = getDatabase();
  const [admin, places, { done }, t, locale] = await Promise.all([
    orRefuse(getAdminUser(db, { actor, ip: null }, userId)),
    listPlaces(db),
    searchParams,
    getTranslations(),
    getLocale(),
  ]);
  const isSelf = admin.id === actor.userId;
  const doneMessage = done ? DONE_MESSAGES[done] : undefined;
  const current = Object.fromEntries(
    Object.entries({ adminScope: admin.scope?.level, stateId: admin.scope?.stateId, districtId: admin.scope?.districtId, blockId: admin.scope?.blockId })
      .filter(([, value]) => value != null)
      .map(([key, value]) => [key, String(value)]),
  );

  return (
    <>
      <RecordHeader
        back={{ href: "/admin/admins", label: t("adminPortal.backTo", { page: t("adminUsers.title") }) }}
        title={admin.name}
        badge={<Badge tone={admin.isActive ? "success" : "neutral"}>{t(admin.isActive ? "adminUsers.active" : "adminUsers.inactive")}</Badge>}
        done={doneMessage ? t(doneMessage) : null}
      />
      <Card aria-labelledby="account">
        <h2 id="account" className="mb-4 text-xl font-bold text-navy-900">
          {t("adminUsers.detail.account")}
        </h2>
        <DetailList
          columns={3}
          details={[
            { label: t("adminUsers.columns.email"), value: <span className="break-all">{admin.email}</span> },
            { label: t("adminUsers.columns.designation"), value: admin.designation ?? t("adminPortal.notGiven") },
            { label: t("adminUsers.columns.scope"), value: scopeLabel(t, locale, admin.scope) },
            { label: t("adminUsers.columns.lastSignIn"), value: admin.lastLoginAt ? formatDate(locale, admin.lastLoginAt, { withTime: true }) : t("adminUsers.never") },
            { label: t("adminUsers.detail.addedOn"), value: formatDate(locale, admin.createdAt) },
          ]}
        />
      </Card>
      {isSelf ? (
        <p className="rounded-md border-l-4 border-navy-700 bg-white p-4 text-slate-800">{t("adminUsers.detail.self")}</p>
      ) : (
        <div className="space-y-6">
          <Card aria-labelledby="change-scope">
            <h2 id="change-scope" className="mb-4 text-xl font-bold text-navy-900">
              {t("adminUsers.detail.changeScope")}
            </h2>
            <ChangeScopeForm userId={admin.id} current={current} places={places} action={changeAdminScopeAction} />
          </Card>
          <Card aria-labelledby="access">
            <h2 id="access" className="mb-2 text-xl font-bold text-navy-900">
              {t(admin.isActive ? "adminUsers.detail.deactivate" : "adminUsers.detail.reactivate")}
            </h2>
            <p className="mb-4 text-slate-700">{t(admin.isActive ? "adminUsers.detail.deactivateText" : "adminUsers.detail.reactivateText")}</p>
            <SetActiveForm
              userId={admin.id}
              isActive={!admin.isActive}
              label={t(admin.isActive ? "adminUsers.detail.deactivate" : "adminUsers.detail.reactivate")}
              action={setAdminActiveAction}
            />
          </Card>
        </div>
      )}
    </>
  );
}
