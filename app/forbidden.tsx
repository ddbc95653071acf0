import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button-link";
import { homePortal } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";

// Signed in, but without the role the page needs (requirePortal calls forbidden()).
export default async function Forbidden() {
  const [t, actor] = await Promise.all([getTranslations(), getActor()]);
  const portal = actor ? homePortal(actor) : null;
  return (
    <StatusPage
      code={t("forbidden.code")}
      title={t("forbidden.title")}
      actions={
        <>
          {portal ? <ButtonLink href={`/${portal}`}>{t("forbidden.toPortal", { portal: t(`portals.${portal}.name`) })}</ButtonLink> : null}
          {actor ? <SignOutButton variant="onLight" label={t("forbidden.switchUser")} returnHere /> : null}
          <ButtonLink href="/" variant="secondary">
            {t("forbidden.home")}
          </ButtonLink>
        </>
      }
    >
      <p>{actor ? t("forbidden.textSignedIn", { name: actor.name }) : t("forbidden.text")}</p>
    </StatusPage>
  );
}
