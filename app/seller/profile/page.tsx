import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { listPlaces } from "@/lib/geography/places";
import { getSellerProfile } from "@/lib/sellers/get-seller-profile";
import { ProfileStatus } from "../_components/profile-status";
import { ProfileDetails } from "../_components/profile-details";
import { SellerProfileForm } from "../_components/seller-profile-form";
import { updateOwnProfileAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sellerPortal.profile");
  return { title: t("title") };
}

export default async function SellerProfilePage() {
  const actor = await requirePortal("seller", "/seller/profile");
  // A facilitator has no profile of their own: they manage the sellers they assisted.
  if (actor.sellerId === null) redirect("/seller/assisted");
  const { db } = getDatabase();
  const [t, profile, places] = await Promise.all([getTranslations("sellerPortal.profile"), getSellerProfile(db, await actionContext(), actor.sellerId), listPlaces(db)]);
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-1 text-lg text-slate-700">{profile.name}</p>
      </div>
      <ProfileStatus profile={profile} />
      {profile.canEdit ? <SellerProfileForm places={places} action={updateOwnProfileAction} values={profile.values} /> : <ProfileDetails profile={profile} />}
    </>
  );
}
