import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/help/help-link";
import { Card } from "@/components/ui/card";
import { getActor } from "@/lib/auth/session";
import { getDatabase } from "@/lib/db/client";
import { listPlaces } from "@/lib/geography/places";
import { registerSellerAction } from "./actions";
import { SellerRegistrationForm } from "./_components/seller-registration-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sellerRegister");
  return { title: t("title") };
}

const NEEDS = ["needPan", "needGstin", "needUdyam", "needBank", "needAddress"] as const;

// Public: anyone may register a seller. A signed-in person already has an account.
export default async function RegisterSellerPage() {
  if (await getActor()) redirect("/portal");
  const [t, places] = await Promise.all([getTranslations("sellerRegister"), listPlaces(getDatabase().db)]);
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6">
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-3 text-lg text-slate-700">{t("intro")}</p>
        <p className="mt-2 text-slate-700">
          {t("haveAccount")}{" "}
          <Link href="/sign-in" className="font-semibold text-navy-800 underline">
            {t("signIn")}
          </Link>
        </p>
        <HelpLink topic="registerSeller" className="mt-2" />
      </div>
      <Card aria-labelledby="register-needs">
        <h2 id="register-needs" className="text-xl font-bold text-navy-900">
          {t("needTitle")}
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-6 text-slate-800">
          {NEEDS.map((need) => (
            <li key={need}>{t(need)}</li>
          ))}
        </ul>
        <p className="mt-4 border-l-4 border-green-700 bg-green-50 p-3 text-slate-800">{t("assistedNote")}</p>
      </Card>
      <SellerRegistrationForm places={places} action={registerSellerAction} />
    </div>
  );
}
