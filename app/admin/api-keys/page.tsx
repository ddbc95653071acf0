import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/components/reporting/format-date";
import { listApiKeys } from "@/lib/api-keys/api-keys";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { orRefuse } from "@/app/_lib/or-refuse";
import { issueApiKeyAction, revokeApiKeyAction } from "./actions";
import { IssueKeyForm } from "./_components/issue-key-form";
import { RevokeKeyForm } from "./_components/revoke-key-form";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminApiKeys");
  return { title: t("title") };
}

export default async function ApiKeysPage() {
  const actor = await requirePortal("admin", "/admin/api-keys");
  const [t, locale, keys] = await Promise.all([getTranslations("adminApiKeys"), getLocale(), orRefuse(listApiKeys(getDatabase().db, { actor, ip: null }))]);
  const when = (date: Date | null) => (date ? formatDate(locale, date, { withTime: true }) : t("never"));

  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
        <p className="mt-2 max-w-3xl text-slate-700">
          {t.rich("usage", {
            header: "Authorization: Bearer <key>",
            endpoint: "POST /api/v1/sellers:bulk",
            code: (chunks) => <code className="rounded bg-white px-1 py-0.5 text-sm break-words ring-1 ring-navy-100">{chunks}</code>,
          })}
        </p>
      </div>
      <Card aria-labelledby="issue-key" className="max-w-3xl">
        <h2 id="issue-key" className="mb-4 text-xl font-bold text-navy-900">
          {t("issue.title")}
        </h2>
        <IssueKeyForm action={issueApiKeyAction} />
      </Card>
      <section aria-labelledby="issued-keys" className="space-y-4">
        <h2 id="issued-keys" className="text-xl font-bold text-navy-900">
          {t("tableCaption")}
        </h2>
        {keys.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <ul className="divide-y divide-navy-100 rounded-lg border border-navy-100 bg-white shadow-sm">
            {keys.map((key) => (
              <li key={key.id} className="grid gap-3 p-4 md:grid-cols-[2fr_1fr_1fr_auto] md:items-start">
                <div className="min-w-0">
                  <p className="font-semibold text-navy-900">{key.name}</p>
                  <p className="text-sm text-slate-700">
                    {t("columns.prefix")}: <code className="font-mono">kraya_{key.prefix}_…</code>
                  </p>
                </div>
                <div className="text-sm">
                  <p className="text-slate-600">{t("columns.created")}</p>
                  <p className="text-slate-900">
                    {when(key.createdAt)} {t("createdBy", { name: key.createdBy.name })}
                  </p>
                </div>
                <div className="text-sm">
                  <p className="text-slate-600">{t("columns.lastUsed")}</p>
                  <p className="text-slate-900">{when(key.lastUsedAt)}</p>
                </div>
                <div className="space-y-2">
                  {key.revokedAt ? (
                    <Badge tone="neutral">{t("revoked", { date: formatDate(locale, key.revokedAt) })}</Badge>
                  ) : (
                    <>
                      <Badge tone="success">{t("active")}</Badge>
                      <RevokeKeyForm
                        apiKeyId={key.id}
                        open={t("revoke.open")}
                        question={t("revoke.question", { name: key.name })}
                        submitLabel={t("revoke.submit")}
                        action={revokeApiKeyAction}
                      />
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
