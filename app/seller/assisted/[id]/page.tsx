import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { hasRole } from "@/lib/auth/actor";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { listPlaces } from "@/lib/geography/places";
import { getSellerProfile } from "@/lib/sellers/get-seller-profile";
import { ProfileStatus } from "../../_components/profile-status";
import { SellerProfileForm } from "../../_components/seller-profile-form";
import { orRefuse } from "@/app/_lib/or-refuse";
import { actForSellerAction, updateAssistedSellerAction } from "./actions";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ registered?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sellerPortal.profile");
  return { title: t("title") };
}

export default async function AssistedSellerPage({ params, searchParams }: PageProps) {
  const [{ id }, { registered }] = await Promise.all([params, searchParams]);
  const actor = await requirePortal("seller", `/seller/assisted/${id}`);
  if (!hasRole(actor, "FACILITATOR")) forbidden();
  const sellerId = Number(id);
  if (!Number.isSafeInteger(sellerId) || sellerId <= 0) notFound();
  const { db } = getDatabase();
  const [t, profile, places] = await Promise.all([getTranslations("sellerPortal.assisted"), orRefuse(getSellerProfile(db, await actionContext(), sellerId)), listPlaces(db)]);
  return (
    <>
      <div>
        <Link href="/seller/assisted" className="font-semibold text-navy-800 underline">
          {t("back")}
        </Link>
        <h1 className="mt-3 text-3xl font-bold text-navy-900">{t("editTitle", { name: profile.name })}</h1>
      </div>
      {registered ? (
        <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
          {t("registered")}
        </p>
      ) : null}
      <ProfileStatus profile={profile} />
      <Card aria-labelledby="act-for-seller">
        <h2 id="act-for-seller" className="text-xl font-bold text-navy-900">
          {t("actFor", { name: profile.name })}
        </h2>
        <p className="mt-1 mb-4 text-slate-700">{t("actForHint")}</p>
        <form action={actForSellerAction.bind(null, sellerId)}>
          <Button type="submit">{t("actForSubmit")}</Button>
        </form>
      </Card>
      <SellerProfileForm places={places} action={updateAssistedSellerAction.bind(null, sellerId)} values={profile.values} />
    </>
  );
}
