import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { listOrganisationOffices, listOrganisationUsers } from "@/lib/buyers/list-organisation-users";
import { getDatabase } from "@/lib/db/client";
import { requirePrimaryUserPage } from "../../_lib/require-primary-user";
import { CreateUserForm } from "../_components/create-user-form";
import { createUserAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerPortal.users");
  return { title: t("createTitle") };
}

export default async function NewBuyerUserPage() {
  const actor = await requirePrimaryUserPage("/buyer/users/new");
  const ctx = { actor, ip: null };
  const db = getDatabase().db;
  const [t, { canCreateUsers }, offices] = await Promise.all([getTranslations("buyerPortal.users"), listOrganisationUsers(db, ctx), listOrganisationOffices(db, ctx)]);
  if (!canCreateUsers) forbidden();
  return (
    <>
      <div className="max-w-3xl">
        <Link href="/buyer/users" className="font-semibold text-navy-800 underline">
          {t("back")}
        </Link>
        <h1 className="mt-3 text-3xl font-bold text-navy-900">{t("createTitle")}</h1>
        <p className="mt-2 text-slate-700">{t("createIntro")}</p>
      </div>
      <Card className="max-w-3xl">
        <CreateUserForm action={createUserAction} offices={offices} />
      </Card>
    </>
  );
}
