import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { OrganisationUserRow } from "@/lib/buyers/list-organisation-users";
import { ActiveBadge, RoleBadges } from "./role-badges";

// One card per person on a phone, a table from tablets up; only one is displayed.
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
    <>
      <ul aria-label={t("caption")} className="space-y-3 md:hidden">
        {users.map((user) => (
          <li key={user.id} className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <div>{name(user)}</div>
              <ActiveBadge isActive={user.isActive} />
            </div>
            <p className="mt-1 text-sm break-all text-slate-800">{user.email}</p>
            <div className="mt-2">
              <RoleBadges roles={user.roles} />
            </div>
            {user.createdByName ? <p className="mt-2 text-sm text-slate-700">{t("createdByLine", { name: user.createdByName })}</p> : null}
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-navy-100 bg-white shadow-sm md:block">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-navy-50 text-sm text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">{t("name")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("email")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("roles")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("status")}</th>
              <th scope="col" className="px-4 py-3 font-semibold">{t("createdBy")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-t border-navy-100 align-top">
                <th scope="row" className="px-4 py-3 font-normal">
                  {name(user)}
                </th>
                <td className="px-4 py-3 break-all">{user.email}</td>
                <td className="px-4 py-3">
                  <RoleBadges roles={user.roles} />
                </td>
                <td className="px-4 py-3">
                  <ActiveBadge isActive={user.isActive} />
                </td>
                <td className="px-4 py-3">{user.createdByName ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
