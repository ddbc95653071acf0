import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";
import { Card } from "@/components/ui/card";
import { getOrganisationUser } from "@/lib/buyers/list-organisation-users";
import { getDatabase } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { DetailList } from "@/components/portal/detail-list";
import { requirePrimaryUserPage } from "../../_lib/require-primary-user";
import { ActiveBadge, RoleBadges } from "../_components/role-badges";
import { ActiveForm, ChangeRolesForm } from "./_components/user-forms";
import { changeRolesAction, deactivateUserAction, reactivateUserAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerPortal.users");
  return { title: t("detailTitle") };
}

const DONE = ["created", "roles", "deactivated", "reactivated"] as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BuyerUserPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requirePrimaryUserPage(`/buyer/users/${id}`);
  const userId = Number(id);
  if (!Number.isSafeInteger(userId)) notFound();
  const user = await getOrganisationUser(getDatabase().db, { actor, ip: null }, userId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("buyerPortal.users"), getLocale()]);
  const done = DONE.find((candidate) => candidate === query.done);
  const isPrimary = user.roles.includes("PRIMARY_BUYER");

  return (
    <>
      <div>
        <Link href="/buyer/users" className="font-semibold text-navy-800 underline">
          {t("back")}
        </Link>
        <h1 className="mt-3 text-3xl font-bold text-navy-900">{user.name}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <ActiveBadge isActive={user.isActive} />
          <RoleBadges roles={user.roles} />
        </div>
      </div>
      {done ? (
        <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
          {t(`done.${done}`, { email: user.email })}
        </p>
      ) : null}
      <Card aria-labelledby="user-details">
        <h2 id="user-details" className="mb-4 text-xl font-bold text-navy-900">
          {t("details")}
        </h2>
        <DetailList
          details={[
            { label: t("designation"), value: user.designation ?? "—" },
            { label: t("email"), value: user.email },
            { label: t("phone"), value: user.phone ?? "—" },
            { label: t("office"), value: user.officeName ?? "—" },
            { label: t("createdBy"), value: user.createdByName ?? "—" },
            { label: t("createdOn"), value: formatDate(locale, user.createdAt) },
          ]}
        />
      </Card>
      {isPrimary ? (
        <p className="rounded-lg border border-navy-100 bg-navy-50 p-4 text-slate-800">{t("primaryNote")}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
          <Card aria-labelledby="roles-heading">
            <h2 id="roles-heading" className="mb-4 text-xl font-bold text-navy-900">
              {t("changeRoles")}
            </h2>
            <ChangeRolesForm userId={user.id} roles={user.roles} action={changeRolesAction} />
          </Card>
          <Card aria-labelledby="access-heading">
            <h2 id="access-heading" className="text-xl font-bold text-navy-900">
              {t("access")}
            </h2>
            <p className="mt-1 mb-4 text-slate-700">{user.isActive ? t("deactivateText") : t("reactivateText")}</p>
            <ActiveForm userId={user.id} isActive={user.isActive} action={user.isActive ? deactivateUserAction : reactivateUserAction} />
          </Card>
        </div>
      )}
    </>
  );
}
