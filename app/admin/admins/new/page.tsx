import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { listPlaces } from "@/lib/geography/places";
import { createAdminUserAction } from "../actions";
import { CreateAdminForm } from "../_components/create-admin-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminUsers.new");
  return { title: t("title") };
}

export default async function NewAdminUserPage() {
  const actor = await requirePortal("admin", "/admin/admins/new");
  if (actor.adminScope?.level !== "NATIONAL") forbidden();
  const [t, places] = await Promise.all([getTranslations(), listPlaces(getDatabase().db)]);
  return (
    <>
      <div>
        <Link href="/admin/admins" className="font-semibold text-navy-800 underline">
          {t("adminPortal.backTo", { page: t("adminUsers.title") })}
        </Link>
        <h1 className="mt-3 text-3xl font-bold text-navy-900">{t("adminUsers.new.title")}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("adminUsers.new.intro")}</p>
      </div>
      <Card as="div" className="max-w-3xl">
        <CreateAdminForm places={places} action={createAdminUserAction} />
      </Card>
    </>
  );
}
