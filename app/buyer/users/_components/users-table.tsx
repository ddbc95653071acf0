import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CardTable } from "@/components/portal/card-table";
import type { OrganisationUserRow } from "@/lib/buyers/list-organisation-users";
import { ActiveBadge, RoleBadges } from "./role-badges";

export async function UsersTable({ users }: { users: OrganisationUserRow[] }) {
  const t = await getTranslations("buyerPortal.users");
  const name = (user: OrganisationUserRow) => (
    <>
      <Link href={`/buyer/users/${user.id}`} className="font-semibold text-navy-800 underline">
        {user.name}
      </Link>
      {user.designation ? <span className="block text-sm text-slate-700">{user.designation}</span> : null}
    </>
  );
  return (
    <CardTable
      caption={t("caption")}
      rows={users}
      rowKey={(user) => user.id}
      tableFrom="md"
      card={(user) => (
        <>
          <div className="flex items-start justify-between gap-3">
            <div>{name(user)}</div>
            <ActiveBadge isActive={user.isActive} />
          </div>
          <p className="mt-1 text-sm break-all text-slate-800">{user.email}</p>
          <div className="mt-2">
            <RoleBadges roles={user.roles} />
          </div>
          {user.createdByName ? <p className="mt-2 text-sm text-slate-700">{t("createdByLine", { name: user.createdByName })}</p> : null}
        </>
      )}
      columns={[
        { header: t("name"), cell: name },
        { header: t("email"), className: "break-all", cell: (user) => user.email },
        { header: t("roles"), cell: (user) => <RoleBadges roles={user.roles} /> },
        { header: t("status"), cell: (user) => <ActiveBadge isActive={user.isActive} /> },
        { header: t("createdBy"), cell: (user) => user.createdByName ?? "—" },
      ]}
    />
  );
}
