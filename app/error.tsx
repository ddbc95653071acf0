"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { StatusPage } from "@/components/layout/status-page";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";

// The details stay in the server log; the reference (digest) lets support find them.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("error");
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StatusPage
      code={t("code")}
      title={t("title")}
      actions={
        <>
          <Button onClick={() => retry()}>{t("retry")}</Button>
          <ButtonLink href="/" variant="secondary">
            {t("home")}
          </ButtonLink>
        </>
      }
    >
      <p>{t("text")}</p>
      {digest ? <p className="text-base">{t("reference", { digest })}</p> : null}
    </StatusPage>
  );
}
