import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { listOrganisationUsers } from "@/lib/buyers/list-organisation-users";
import { getDatabase } from "@/lib/db/client";
import { requirePrimaryUserPage } from "../_lib/require-primary-user";
import { UsersTable } from "./_components/users-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerPortal.users");
  return { title: t("title") };
}

export default async function BuyerUsersPage() {
  const actor = await requirePrimaryUserPage("/buyer/users");
  const [t, { users, canCreateUsers }] = await Promise.all([getTranslations("buyerPortal.users"), listOrganisationUsers(getDatabase().db, { actor, ip: null })]);
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
          <p className="mt-2 text-slate-700">{t("intro")}</p>
        </div>
        {canCreateUsers ? <ButtonLink href="/buyer/users/new">{t("create")}</ButtonLink> : null}
      </div>
      {canCreateUsers ? null : <p className="rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 text-amber-950">{t("notVerified")}</p>}
      <UsersTable users={users} />
    </>
  );
}
