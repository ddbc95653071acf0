import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listBuyerHierarchy } from "@/lib/buyers/list-buyer-hierarchy";
import { getDatabase } from "@/lib/db/client";
import { listPlaces } from "@/lib/geography/places";
import { OrganisationRegistrationForm } from "./_components/organisation-registration-form";
import { registerOrganisationAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyers.registration");
  return { title: t("title") };
}

export default async function RegisterBuyerPage() {
  const db = getDatabase().db;
  const [t, hierarchy, places] = await Promise.all([getTranslations("buyers.registration"), listBuyerHierarchy(db), listPlaces(db)]);
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-10 sm:px-6">
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
      </div>
      <ol className="list-decimal space-y-1 rounded-lg border border-navy-100 bg-navy-50 p-4 pl-9 text-slate-800">
        <li>{t("steps.register")}</li>
        <li>{t("steps.verify")}</li>
        <li>{t("steps.users")}</li>
      </ol>
      <OrganisationRegistrationForm action={registerOrganisationAction} hierarchy={hierarchy} places={places} />
      <p className="text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-semibold text-navy-800 underline">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
