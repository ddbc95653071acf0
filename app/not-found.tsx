import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button-link";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <StatusPage code={t("code")} title={t("title")} actions={<ButtonLink href="/">{t("home")}</ButtonLink>}>
      <p>{t("text")}</p>
    </StatusPage>
  );
}
