import { getTranslations } from "next-intl/server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";

// This deployment is a demonstration with synthetic data, so its accounts are public;
// a production deployment has no demo seed and these accounts do not exist there.
export async function DemoAccounts() {
  const [t, tRoles] = await Promise.all([getTranslations("signIn.demo"), getTranslations("roles")]);
  return (
    <details className="group rounded-lg border border-navy-100 bg-white shadow-sm" open>
      <summary className="cursor-pointer rounded-lg p-5 text-lg font-semibold text-navy-900 sm:p-6">{t("title")}</summary>
      <div className="px-5 pb-5 sm:px-6 sm:pb-6">
        <p className="text-slate-700">{t("intro")}</p>
        <p className="mt-3 text-slate-900">
          {t("password")} <code className="rounded bg-navy-50 px-2 py-0.5 font-mono font-semibold">{DEMO_PASSWORD}</code>
        </p>
        <ul aria-label={t("caption")} className="mt-4 divide-y divide-navy-100 border-y border-navy-100">
          {DEMO_ACCOUNTS.map((account) => {
            const key = `accounts.${account.email.split("@")[0]?.replaceAll(".", "-")}`;
            return (
              <li key={account.email} className="grid gap-x-4 gap-y-0.5 py-3 sm:grid-cols-[15rem_1fr]">
                <span className="font-mono text-sm font-semibold break-all text-navy-900">{account.email}</span>
                <span className="text-sm text-slate-700">
                  <span className="font-semibold text-slate-900">{tRoles(account.role)}</span>
                  {" · "}
                  {t.has(key) ? t(key) : account.description}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </details>
  );
}
