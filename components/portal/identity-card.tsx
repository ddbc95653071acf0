import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";

export type IdentityDetail = { label: string; value: ReactNode };

// Who is signed in, and on whose behalf: the first thing an official checks before acting.
export async function IdentityCard({ actor, details }: { actor: Actor; details: IdentityDetail[] }) {
  const t = await getTranslations();
  const rows: IdentityDetail[] = [
    { label: t("identity.name"), value: actor.name },
    {
      label: t("identity.roles"),
      value: (
        <span className="mt-1 flex flex-wrap gap-2 font-normal">
          {actor.roles.map((role) => (
            <Badge key={role} tone="info">
              {t(`roles.${role}`)}
            </Badge>
          ))}
        </span>
      ),
    },
    ...details,
  ];
  return (
    <Card aria-labelledby="identity-title">
      <h2 id="identity-title" className="text-lg font-semibold text-navy-900">
        {t("identity.title")}
      </h2>
      <dl className="mt-4 grid gap-x-8 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
        {rows.map((row) => (
          <div key={row.label}>
            <dt className="text-sm text-slate-600">{row.label}</dt>
            <dd className="font-semibold text-slate-900">{row.value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
