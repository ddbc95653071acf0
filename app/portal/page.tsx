import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { homePortal } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.noRole");
  return { title: t("title") };
}

// Where sign-in lands by default: each person goes on to the portal of their role.
export default async function PortalPage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?callbackUrl=%2Fportal");
  const portal = homePortal(actor);
  if (portal) redirect(`/${portal}`);
  const t = await getTranslations("portal.noRole");
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <Card>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-3 text-slate-700">{t("text", { name: actor.name })}</p>
        <ButtonLink href="/" variant="secondary" className="mt-6">
          {t("home")}
        </ButtonLink>
      </Card>
    </div>
  );
}
