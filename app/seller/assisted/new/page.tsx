import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { hasRole } from "@/lib/auth/actor";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { listPlaces } from "@/lib/geography/places";
import { AssistedSellerForm } from "../_components/assisted-seller-form";
import { registerAssistedSellerAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sellerPortal.assisted");
  return { title: t("newTitle") };
}

export default async function NewAssistedSellerPage() {
  const actor = await requirePortal("seller", "/seller/assisted/new");
  if (!hasRole(actor, "FACILITATOR")) forbidden();
  const [t, places] = await Promise.all([getTranslations("sellerPortal.assisted"), listPlaces(getDatabase().db)]);
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-navy-900">{t("newTitle")}</h1>
        <p className="mt-2 text-slate-700">{t("newIntro")}</p>
      </div>
      <AssistedSellerForm places={places} action={registerAssistedSellerAction} />
    </>
  );
}
